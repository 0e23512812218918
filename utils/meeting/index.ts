/** The meeting model's public API: events in, figures out. */

export { restoreState, serializeState } from './checkpoint';
export * from './config';
export * from './events';
export * from './metrics';
export {
  applyEvent,
  applyEvents,
  createMeetingState,
  type MeetingState,
  snapshot,
  summarize,
} from './reducer';
export type * from './types';

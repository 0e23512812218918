/** The meeting model's public API: events in, figures out. */
export * from './config';
export * from './events';
export * from './metrics';
export {
  applyEvent,
  applyEvents,
  createMeetingState,
  type MeetingState,
  restoreState,
  serializeState,
  snapshot,
  summarize,
} from './reducer';
export type * from './types';

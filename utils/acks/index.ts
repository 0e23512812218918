/**
 * Acknowledgement detection (thanks, credit, invitation, agreement; reactions; manual marks) from live
 * captions and chat. Pure TypeScript, no DOM, no browser APIs: runs in the content script, and the text it
 * reads never leaves it.
 */
export { detectInText, type TextAck } from './detect';
export {
  type AckDetector,
  type AckDetectorOptions,
  type AckEvent,
  createAckDetector,
  DEFAULT_INTERIM_MS,
  DEFAULT_QUIET_MS,
  DEFAULT_REACTION_WINDOW_MS,
  MAX_OPEN_ENTRIES,
  MAX_REMEMBERED_ENTRIES,
  manualAck,
} from './detector';
export { ACK_LANGUAGE_CODES, ACK_LANGUAGES, type AckLanguage, type AckLanguageCode } from './languages';
export { type AckParticipant, type Mention, misspellingBound, NameIndex } from './names';

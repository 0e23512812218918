export * from './context';
export * from './engine';
export * from './format';
export {
  type FmtName,
  MESSAGE_KEYS,
  MESSAGE_SPEC,
  type MessageKey,
  type MessageSpec,
  messageIds,
  t,
} from './messages';
export * from './reflection';
export {
  CONCEPTS,
  type Concept,
  type Evidence,
  isContributor,
  QUIET_FAIR_FRACTION,
  RULES,
  type Rule,
  type RuleHit,
  type Tone,
} from './rules';

export { EARLY_LEAVE_AT, earlyLeaverMeet, earlyLeaverZoom } from './early-leaver';
export { fivePersonReview } from './five-person-review';
export { fourPersonAcks, fourPersonAcksTruth } from './four-person-acks';
export { manyTiles } from './many-tiles';
export { sixPersonStandup } from './six-person-standup';
export { twoPerson } from './two-person';
export { zoomSmall } from './zoom-small';

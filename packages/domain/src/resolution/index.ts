export { addDays, dateBounds } from "./date-bounds.ts";
export { corroborationGrade } from "./grade.ts";
export {
  type CandidateWindow,
  candidateWindow,
  datesCompatible,
  type EventKeyFields,
  isSameEvent,
  targetsCompatible,
} from "./same-event.ts";

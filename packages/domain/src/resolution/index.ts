export { addDays, dateBounds } from "./date-bounds.ts";
export { corroborationGrade } from "./grade.ts";
export { type CandidateWindow, candidateWindow, type EventKeyFields, isSameEvent } from "./same-event.ts";

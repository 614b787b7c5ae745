import { SubjectPack } from "./subject-pack";

export const GEOGRAPHY: SubjectPack = { sets: [], lessons: [] };

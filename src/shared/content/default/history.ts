import { SubjectPack } from "./subject-pack";

export const HISTORY: SubjectPack = { sets: [], lessons: [] };

import { SubjectPack } from "./subject-pack";

export const READING: SubjectPack = { sets: [], lessons: [] };

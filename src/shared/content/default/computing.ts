import { SubjectPack } from "./subject-pack";

export const COMPUTING: SubjectPack = { sets: [], lessons: [] };

// Temporary re-export: src/server/events and src/shared/scenario import processGift from this old
// path. Delete this file once they import it from shared/domain (index.ts).
export { processGift } from "shared/domain/process-gift";

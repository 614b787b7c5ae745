import { startClient } from "client";

startClient();

// Runs the `wijknet` command from the TypeScript sources (tests start it as a child process with
// `node --import tsx`), so a test exercises the same start-up and signal handling as `npm start`.
import { main } from '../cli/main.js';

process.exitCode = await main(process.argv.slice(2));

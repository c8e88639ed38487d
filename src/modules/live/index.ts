export { liveRoutes as register } from './routes.js';

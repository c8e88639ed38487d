/** The toolbox's guidance, help in place, phase progress, first run, SUS and werkbladen. See docs/GUIDANCE.md. */
export * from './text.js';
export * from './tools.js';
export * from './facts.js';
export * from './steps.js';
export * from './progress.js';
export * from './guidance.js';
export * from './firstRun.js';
export * from './sus.js';
export * from './worksheet.js';
export * from './usage.js';

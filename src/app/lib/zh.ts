export { toChinesePunctuation as zh } from './punctuation.ts';

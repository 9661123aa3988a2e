export { imposeBooklet, type ImposeOptions, type ImposeResult } from './impose.js';
export { paddedPageCount, saddleStitchSides, type SheetSide } from './order.js';
export { SHEETS, sheetFor, type Sheet } from './sheets.js';

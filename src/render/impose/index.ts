export { type ImposeOptions, type ImposeResult, imposeBooklet } from './impose.js';
export { paddedPageCount, type SheetSide, saddleStitchSides } from './order.js';
export { SHEETS, type Sheet, sheetFor } from './sheets.js';

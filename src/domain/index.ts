export * from './hlc';
export * from './ids';
export * from './merge';
export * from './messages';
export * from './postcode';
export * from './records';
export * from './stock';

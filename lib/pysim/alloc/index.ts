// Public entry point of lib/pysim/alloc: pymalloc (Objects/obmalloc.c) and the free lists.

export * from './obmalloc';
export * from './freelist';
export * from './profile';
export * from './debugmallocstats';

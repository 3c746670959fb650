// Models the buffer protocol of Include/pybuffer.h and Objects/abstract.c (CPython 3.11–3.14):
// PyObject_CheckBuffer, PyObject_GetBuffer and PyBuffer_Release over the exporters heaplab
// simulates (bytes, bytearray, array.array, memoryview), each registering its bf_getbuffer /
// bf_releasebuffer here. A Py_buffer names its exporter (`obj`, one strong reference while the
// buffer is held) and reads and writes the exporter's memory as it is at that moment.
import { PyObject, PyRaise, PyType, Py_DECREF } from './object';
import { typeError } from './exceptions';

/** A filled-in Py_buffer (PyBUF_FULL_RO information, 1-D and C-contiguous as every exporter here gives). */
export interface PyBuffer {
  /** view.obj: the exporter, one strong reference (null once released). */
  obj: PyObject | null;
  readonly: boolean;
  /** The struct format of an item ('B' when the exporter gives none). */
  format: string;
  itemsize: number;
  /** view.len in bytes. */
  len: number;
  /** view.shape when the buffer has more or fewer than one dimension (a memoryview's); else 1-D. */
  shape?: number[];
  /** The exporter's bytes now (a live view or a copy: callers do not keep it). */
  read(): Uint8Array;
  /** Writes `data` at byte `offset` of the exporter's memory. */
  write(offset: number, data: Uint8Array): void;
  /** bf_releasebuffer (an export count going down), if the exporter has one. */
  release?: () => void;
}

/**
 * bf_getbuffer: fills a Py_buffer for `o` (the caller has not yet taken the reference to `o`).
 * `simple` is a PyBUF_SIMPLE request (no strides: a non-contiguous view refuses it).
 */
export type GetBufferProc = (o: PyObject, writable: boolean, simple: boolean) => PyBuffer;

const exporters = new Map<PyType, GetBufferProc>();

/** Gives builtin type `t` (and the classes derived from it) a tp_as_buffer. */
export function registerBufferExporter(t: PyType, getbuffer: GetBufferProc): void {
  exporters.set(t, getbuffer);
}

/** The bf_getbuffer `o`'s type has (inherited along the MRO), or null. */
function getbufferOf(o: PyObject): GetBufferProc | null {
  for (const t of o.ob_type.mro) {
    const g = exporters.get(t);
    if (g !== undefined) return g;
  }
  return null;
}

/** PyObject_CheckBuffer: does `o`'s type export buffers? */
export function PyObject_CheckBuffer(o: PyObject): boolean {
  return getbufferOf(o) !== null;
}

/**
 * PyObject_GetBuffer: a buffer holding a new reference to `o`; "a bytes-like object is required"
 * (the message of most consumers) when `o` exports none.
 */
export function PyObject_GetBuffer(o: PyObject, writable = false, simple = false): PyBuffer {
  const g = getbufferOf(o);
  if (g === null) throw typeError(`a bytes-like object is required, not '${o.ob_type.tp_name}'`);
  const view = g(o, writable, simple);
  if (view.obj !== null) view.obj.ob_refcnt++;
  return view;
}

/** PyBuffer_Release: bf_releasebuffer, then the reference to view.obj goes. */
export function PyBuffer_Release(view: PyBuffer): void {
  const obj = view.obj;
  if (obj === null) return;
  if (view.release) view.release();
  view.obj = null;
  Py_DECREF(obj);
}

/**
 * The bytes of any bytes-like object (a copy, C order), as consumers read them between
 * PyObject_GetBuffer and PyBuffer_Release; null when `o` exports no buffer. A `simple` request
 * (PyBUF_SIMPLE, what most consumers make) raises the exporter's BufferError for a
 * non-contiguous memoryview; `simple` false is PyBUF_FULL_RO (bytes(), bytearray()).
 */
export function bufferBytes(o: PyObject, simple = true): Uint8Array | null {
  if (getbufferOf(o) === null) return null;
  const view = PyObject_GetBuffer(o, false, simple);
  try {
    return view.read().slice();
  } finally {
    PyBuffer_Release(view);
  }
}

/**
 * bufferBytes of a consumer that turns any failure of PyObject_GetBuffer (a non-contiguous or
 * released memoryview) into its own TypeError: null then, as for an object that is no buffer.
 */
export function bufferBytesOrNull(o: PyObject): Uint8Array | null {
  try {
    return bufferBytes(o);
  } catch (e) {
    if (!(e instanceof PyRaise)) throw e;
    // PyErr_Clear
    Py_DECREF(e.exc);
    return null;
  }
}

// Models the buffer exporters of Objects/bytesobject.c (bytes_buffer_getbuffer), Objects/
// bytearrayobject.c (bytearray_getbuffer / bytearray_releasebuffer, ob_exports) and
// Objects/memoryobject.c (memory_getbuf / memory_releasebuf), and _PyMemoryView_FromBufferProc,
// the `__buffer__` slot wrapper's view over a fresh managed buffer (CPython 3.11–3.14).
import { PyObject, Py_DECREF } from './object';
import { BytesType, ByteArrayType, PyBytes } from './bytesobject';
import { BufferErrorType, pyErr } from './exceptions';
import { PyBuffer, PyObject_GetBuffer, registerBufferExporter } from './bufferproto';
import { CHECK_RELEASED, MV, MemoryViewType, PyMemoryView, contiguous, itemOffsets, mbuf_add_view, mbuf_alloc, nbytes, viewBytes } from './memoryobject';

/** bytes_buffer_getbuffer: PyBuffer_FillInfo, read-only ("Object is not writable."). */
function bytesGetbuffer(o: PyObject, writable: boolean): PyBuffer {
  if (writable) throw pyErr(BufferErrorType, 'Object is not writable.');
  const b = o as PyBytes;
  return { obj: o, readonly: true, format: 'B', itemsize: 1, len: b.v.length, read: () => b.v, write: () => undefined };
}
registerBufferExporter(BytesType, bytesGetbuffer);

/** bytearray_getbuffer: a writable buffer; ob_exports counts it until bytearray_releasebuffer. */
registerBufferExporter(ByteArrayType, (o) => {
  const b = o as PyBytes;
  b.exports = (b.exports ?? 0) + 1;
  return {
    obj: o, readonly: false, format: 'B', itemsize: 1, len: b.v.length,
    read: () => b.v,
    write: (at, data) => b.v.set(data, at),
    release: () => {
      b.exports--;
    },
  };
});

/** memory_getbuf: a copy of the view's buffer whose obj is the view itself (exports counted). */
registerBufferExporter(MemoryViewType, (o, writable, simple) => {
  const mv = MV(o);
  CHECK_RELEASED(mv);
  if (writable && mv.readonly) throw pyErr(BufferErrorType, 'memoryview: underlying buffer is not writable');
  // !REQ_STRIDES: only a C-contiguous view can be read without its strides
  if (simple && !contiguous(mv)) throw pyErr(BufferErrorType, 'memoryview: underlying buffer is not C-contiguous');
  mv.exports++;
  const master = mv.mbuf!.master!;
  return {
    obj: o, readonly: mv.readonly, format: mv.format, itemsize: mv.itemsize, len: nbytes(mv), shape: mv.shape.slice(),
    read: () => viewBytes(mv),
    write: (at, data) => {
      // contiguous offsets of the copy map onto the view's items (C order)
      const offs = itemOffsets(mv);
      for (let i = 0; i < data.length; i++) {
        const k = at + i;
        master.write(offs[Math.floor(k / mv.itemsize)] + (k % mv.itemsize), data.subarray(i, i + 1));
      }
    },
    release: () => {
      mv.exports--;
    },
  };
});

/**
 * _PyMemoryView_FromBufferProc (the `__buffer__` slot wrapper, 3.12+): a new managed buffer over
 * `o`'s buffer and a view of it; `flags` PyBUF_WRITABLE (1) asks for a writable one.
 */
export function memoryFromBufferProc(o: PyObject, flags: number): PyMemoryView {
  const mbuf = mbuf_alloc();
  try {
    // PyBUF_WRITABLE 0x1; without PyBUF_STRIDES (0x18) a strided view refuses the request
    mbuf.master = PyObject_GetBuffer(o, (flags & 1) !== 0, (flags & 0x18) !== 0x18);
  } catch (e) {
    Py_DECREF(mbuf);
    throw e;
  }
  // without PyBUF_FORMAT (0x4) the exporter gives no format: init_shared_values reads "B"
  if ((flags & 4) === 0) mbuf.master.format = 'B';
  // with PyBUF_ND (0x8) a memoryview exporter's shape comes along (strides rebuilt in C order)
  const shape = (flags & 8) !== 0 ? mbuf.master.shape : undefined;
  const mv = mbuf_add_view(mbuf, null, shape ? shape.length : 1);
  if (shape && shape.length !== 1) {
    mv.ndim = shape.length;
    mv.shape = shape.slice();
    mv.strides = shape.map(() => 0);
    let sd = mv.itemsize;
    for (let i = shape.length - 1; i >= 0; i--) {
      mv.strides[i] = sd;
      sd *= shape[i];
    }
  }
  Py_DECREF(mbuf);
  return mv;
}

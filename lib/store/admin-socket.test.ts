import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { adminSocketPath, FrameReader, jsonFrame } from './admin-socket'
import { lockPath } from './lock'

describe('the admin socket’s place', () => {
  it('lies beside the folder’s lock, named after it', () => {
    const dir = path.join('/srv', 'reader', '.data')
    expect(lockPath(dir)).toBe('/srv/reader/.data.lock')
    expect(adminSocketPath(dir)).toBe('/srv/reader/.data.admin.sock')
    expect(adminSocketPath(`${dir}/`)).toBe('/srv/reader/.data.admin.sock')
  })

  it('moves to the temporary folder, under a name made from the lock’s path, when too deep for a socket', () => {
    const deep = path.join('/srv', 'x'.repeat(120), '.data')
    const socket = adminSocketPath(deep)
    expect(path.dirname(socket)).toBe(tmpdir())
    expect(Buffer.byteLength(socket)).toBeLessThanOrEqual(100)
    expect(adminSocketPath(deep)).toBe(socket)
    expect(adminSocketPath(path.join('/srv', 'y'.repeat(120), '.data'))).not.toBe(socket)
  })
})

describe('frames', () => {
  const expected = [
    { hello: { pid: 1 } },
    { file: { name: 'a.json', text: '{\n  "a": ["b", null]\n}\n' } },
    { say: 'é – “quoted” 𝄞' },
    {
      run: {
        command: 'stories:import',
        input: { files: [{ label: 'big.json', text: 'x'.repeat(300_000) }] },
      },
    },
    { done: true },
  ]
  const stream = Buffer.concat(expected.map(jsonFrame))

  it('come out whole however the bytes are cut', () => {
    for (const size of [1, 3, 5, 7, 4096, 65536, stream.length]) {
      const reader = new FrameReader()
      const frames = []
      for (let at = 0; at < stream.length; at += size)
        frames.push(...reader.push(stream.subarray(at, at + size)))
      expect(frames, `pieces of ${size} bytes`).toEqual(expected)
    }
  })

  it('refuse bytes of another protocol', () => {
    expect(() => new FrameReader().push(Buffer.from('GET / HTTP/1.1\r\n'))).toThrow(
      /does not speak this protocol/,
    )
  })
})

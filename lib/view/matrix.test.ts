import { describe, expect, it } from 'vitest'
import { matrixCell, matrixNotes } from './matrix'
import { makeRow } from './testing-rows'

describe('matrixNotes', () => {
  it('notes a standing position from the attribution and a non-response from the caveats', () => {
    const row = makeRow({
      attribution: 'standing position, no response to these claims',
      caveats: ['The Taliban did not respond to the outlet'],
    })
    expect(matrixNotes(row)).toEqual(['standing position only', 'did not respond to these claims'])
    expect(matrixNotes(makeRow())).toEqual([])
  })
})

describe('matrixCell', () => {
  it('groups a camp’s statements at one stance by speaker, in row order, notes once', () => {
    const rows = [
      makeRow({ id: 'a', speaker: 'Ana Ruiz', stance: 'rejects', caveats: ['has not responded'] }),
      makeRow({ id: 'b', speaker: 'Bo Li', stance: 'rejects' }),
      makeRow({ id: 'c', speaker: 'Ana Ruiz', stance: 'rejects', caveats: ['no response'] }),
      makeRow({ id: 'd', speaker: 'Ana Ruiz', stance: 'mixed' }),
      makeRow({ id: 'e', speaker: 'Ana Ruiz', stance: 'rejects', perspectiveId: 'other' }),
    ]
    const cell = matrixCell(rows, 'city', 'rejects')
    expect(cell.map((g) => [g.speaker, g.rows.map((r) => r.id), g.notes])).toEqual([
      ['Ana Ruiz', ['a', 'c'], ['did not respond to these claims']],
      ['Bo Li', ['b'], []],
    ])
  })
})

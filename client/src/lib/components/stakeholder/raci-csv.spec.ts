import { describe, expect, it } from 'vitest';
import { csvField, raciCsv } from './raci-csv';

describe('RACI as CSV', () => {
  it('quotes what a spreadsheet would split or trim, and only that', () => {
    expect(csvField('Plain')).toBe('Plain');
    expect(csvField('Design, build')).toBe('"Design, build"');
    expect(csvField('The "big" switch')).toBe('"The ""big"" switch"');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField(' padded')).toBe('" padded"');
  });

  it('writes a header, one line per task with its letters by column, and the flags', () => {
    const csv = raciCsv({
      parties: [
        { id: 'a', name: 'Alex Morgan' },
        { id: 's', name: 'Hughes, Margaret' },
      ],
      rows: [
        { wbsCode: '1', key: 'ERP-1', name: 'Initiation', flags: [], cells: [{ partyId: 'a', letter: 'A' }, { partyId: 's', letter: 'R' }] },
        { wbsCode: '1.1', key: 'ERP-2', name: 'Charter', flags: ['NO_ACCOUNTABLE'], cells: [{ partyId: 's', letter: null }] },
      ],
    });
    expect(csv).toBe('WBS,Key,Task,Alex Morgan,"Hughes, Margaret",Flags\r\n1,ERP-1,Initiation,A,R,\r\n1.1,ERP-2,Charter,,,NO_ACCOUNTABLE\r\n');
  });
});

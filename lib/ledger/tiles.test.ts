import { describe, expect, it } from 'vitest';
import { parseTilePath } from './tiles';

describe('tile paths', () => {
  it.each([
    ['0/000', { kind: 'hashes', level: 0, index: 0, width: 256 }],
    ['0/x001/x234/067', { kind: 'hashes', level: 0, index: 1234067, width: 256 }],
    ['2/001.p/17', { kind: 'hashes', level: 2, index: 1, width: 17 }],
    ['entries/x001/000.p/255', { kind: 'entries', index: 1000, width: 255 }],
    ['entries/273', { kind: 'entries', index: 273, width: 256 }],
  ])('reads %s', (path, expected) => {
    expect(parseTilePath(path.split('/'))).toEqual(expected);
  });

  it.each(['00/000', '64/000', '0/1', '0/0001', '0/x1/000', '0/001/002', '0/000.p/0', '0/000.p/256', '0/000.p/07', 'entries/000.p', '0/x000/001', 'x/000', '0', 'entries'])('refuses %s', (path) => {
    expect(parseTilePath(path.split('/'))).toBeNull();
  });
});

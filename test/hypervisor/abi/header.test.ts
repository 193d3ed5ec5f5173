/**
 * The C headers guests include are generated from hypervisor/abi: the
 * committed copies must be exactly what the generator writes now.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generatedHeaders } from '../../../hypervisor/abi/header.js';
import { VIRT_ABI } from '../../../hypervisor/abi/virt.js';
import { ROOT } from '../../helpers/cli.js';

describe('generated C headers', () => {
  for (const h of generatedHeaders()) {
    it(`${h.path} is up to date (run 'npm run guests' after changing hypervisor/abi)`, () => {
      expect(readFileSync(`${ROOT}${h.path}`, 'utf8')).toBe(h.text);
    });
  }

  it('start with the do-not-edit line and define every constant once', () => {
    const text = generatedHeaders()[0]!.text;
    expect(text.split('\n')[0]).toMatch(/^\/\* generated — do not edit/);
    for (const { constants } of VIRT_ABI) {
      for (const c of constants) expect(text.match(new RegExp(`#define ${c.name}\\b`, 'g'))).toHaveLength(1);
    }
  });
});

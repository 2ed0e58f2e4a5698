import { describe, expect, it } from 'vitest';
import { enrollmentCodeFromQr } from '../../src/features/sync/enrollmentCode';

describe('enrollmentCodeFromQr', () => {
  it('reads the code, with or without dash, or from a link that carries it', () => {
    expect(enrollmentCodeFromQr('534F-72KM')).toBe('534F-72KM');
    expect(enrollmentCodeFromQr(' 534f72km ')).toBe('534F72KM');
    expect(enrollmentCodeFromQr('https://cp.example/enroll?code=534F-72KM')).toBe('534F-72KM');
  });
  it('refuses anything else', () => {
    expect(enrollmentCodeFromQr('hello')).toBeNull();
    expect(enrollmentCodeFromQr('IIII-LLLL')).toBeNull();
    expect(enrollmentCodeFromQr('https://cp.example/?x=1')).toBeNull();
  });
});

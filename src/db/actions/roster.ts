/** Roster actions: volunteers, shifts and check-in/check-out, each with its message. */
import { AttendanceSchema, ShiftSchema, VolunteerSchema, hashPin, isValidPin, newId, type Attendance, type Shift, type Volunteer } from '../../domain/lead';
import { runAction } from '../action';
import type { NoodsteunpuntDb } from '../db';
import { StorageError } from '../errors';
import { nextHlc } from '../identity';
import { enqueue } from '../outbox';

export type VolunteerInput = Omit<Volunteer, 'id' | 'updatedAt' | 'pinHash'> & { id?: string; /** a new 4-digit PIN; keeps the old one when absent */ pin?: string };

export async function saveVolunteer(db: NoodsteunpuntDb, input: VolunteerInput, now = new Date()): Promise<Volunteer> {
  const { pin, ...fields } = input;
  if (pin !== undefined && !isValidPin(pin)) throw new StorageError('invalid', 'pin');
  // Hashing is slow on purpose (see pin.ts): do it before the transaction, which must not await non-Dexie work.
  const pinHash = pin !== undefined ? await hashPin(pin) : undefined;
  return runAction(db, [db.volunteers], async () => {
    const current = fields.id ? await db.volunteers.get(fields.id) : undefined;
    const volunteer = VolunteerSchema.parse({
      ...fields,
      id: fields.id ?? newId(),
      phone: fields.phone?.trim() || undefined,
      pinHash: pinHash ?? current?.pinHash,
      updatedAt: await nextHlc(db, now.getTime()),
    });
    await db.volunteers.put(volunteer);
    await enqueue(db, 'volunteer.saved', volunteer);
    return volunteer;
  });
}

export type ShiftInput = Omit<Shift, 'id' | 'updatedAt'> & { id?: string };

export function saveShift(db: NoodsteunpuntDb, input: ShiftInput, now = new Date()): Promise<Shift> {
  if (!(Date.parse(input.end) > Date.parse(input.start))) throw new StorageError('invalid', 'end');
  return runAction(db, [db.shifts], async () => {
    const shift = ShiftSchema.parse({ ...input, volunteerIds: [...new Set(input.volunteerIds)], id: input.id ?? newId(), updatedAt: await nextHlc(db, now.getTime()) });
    await db.shifts.put(shift);
    await enqueue(db, 'shift.saved', shift);
    return shift;
  });
}

/** Adds or removes one volunteer on a shift, based on the shift as this tablet has it now. */
export function toggleShiftVolunteer(db: NoodsteunpuntDb, shiftId: string, volunteerId: string, now = new Date()): Promise<Shift> {
  return runAction(db, [db.shifts], async () => {
    const current = await db.shifts.get(shiftId);
    if (!current) throw new StorageError('invalid', 'shiftId');
    const volunteerIds = current.volunteerIds.includes(volunteerId) ? current.volunteerIds.filter((id) => id !== volunteerId) : [...current.volunteerIds, volunteerId];
    const shift = ShiftSchema.parse({ ...current, volunteerIds, updatedAt: await nextHlc(db, now.getTime()) });
    await db.shifts.put(shift);
    await enqueue(db, 'shift.saved', shift);
    return shift;
  });
}

/** Takes a shift off the roster on every tablet (the record stays, marked cancelled). */
export function cancelShift(db: NoodsteunpuntDb, shiftId: string, now = new Date()): Promise<Shift> {
  return runAction(db, [db.shifts], async () => {
    const current = await db.shifts.get(shiftId);
    if (!current) throw new StorageError('invalid', 'shiftId');
    const shift = ShiftSchema.parse({ ...current, cancelled: true, updatedAt: await nextHlc(db, now.getTime()) });
    await db.shifts.put(shift);
    await enqueue(db, 'shift.saved', shift);
    return shift;
  });
}

export function recordAttendance(db: NoodsteunpuntDb, volunteerId: string, kind: Attendance['kind'], now = new Date()): Promise<Attendance> {
  return runAction(db, [db.attendance], async () => {
    const record = AttendanceSchema.parse({ id: newId(), volunteerId, kind, at: now.toISOString() });
    await db.attendance.add(record);
    await enqueue(db, 'attendance.recorded', record);
    return record;
  });
}

// Which unit of a comparison is the signed-in officer's own: the same code
// on the same map (codes were reused in 2025, so an old district or commune
// and one of today with its code are told apart by whether it is abolished).
export interface UnitIdentity {
  code: string;
  validTo: string | null;
}

export function isOwnUnit(mine: UnitIdentity | null | undefined, unit: UnitIdentity): boolean {
  return !!mine && mine.code === unit.code && (mine.validTo === null) === (unit.validTo === null);
}

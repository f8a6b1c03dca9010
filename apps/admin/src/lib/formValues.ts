// Form values → mutation inputs, trimmed. An emptied optional text field means "not given" on create
// (undefined) and "clear it" on update: the API clears a text field on an empty string (a null there
// is not accepted by every update), so updates send "".

export function textOrUndefined(value: string | null | undefined): string | undefined {
  const trimmed = value?.trim();
  return trimmed ? trimmed : undefined;
}

export function textOrEmpty(value: string | null | undefined): string {
  return value?.trim() ?? "";
}

/** Loose on purpose: landlines with area codes and extensions, mobiles, +86. */
export const PHONE_PATTERN = /^[0-9+\-() ]{3,30}$/;

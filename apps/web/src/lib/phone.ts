/** Mainland mobile numbers: 11 digits starting 13–19. */
export const isMobileNumber = (input: string) => /^1[3-9][0-9]{9}$/.test(input.trim());

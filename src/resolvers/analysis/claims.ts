/** The Claim nodes of the seed (the article's findings) that the comparisons test. */
export const TESTED_CLAIMS = {
  republics: 'claim:ethnic-republics-heads-more-active',
  outsiders: 'claim:varangian-governors-more-active',
  governorChange: 'claim:komi-profile-shift-after-gaplikov',
} as const;

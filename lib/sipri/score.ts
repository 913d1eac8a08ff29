// The score an arms transfer from SIPRI's register gets on the atlas's Goldstein scale (-10..+10). SIPRI scores
// nothing, and CAMEO (whose events the Goldstein scale weighs) has no event for an arms delivery; its nearest
// event is 062 "Cooperate militarily", which the seed also gives to weapons transfers (prisma/seed/SOURCES.md).

/**
 * +7.4: the Goldstein value GDELT's CAMEO lookup (lib/gdelt/data/CAMEO.goldsteinscale.txt, from the GDELT Project)
 * gives CAMEO 062 "Cooperate militarily"; score.test.ts reads it from that file. Every SIPRI order gets it: the
 * register's TIV measures an order's size, the score only says it is military cooperation.
 */
export const SIPRI_SCORE = 7.4;

/** The CAMEO event whose Goldstein value SIPRI_SCORE is (named in the README, not stored: SIPRI codes no CAMEO). */
export const SIPRI_SCORE_CAMEO = { code: "062", label: "Cooperate militarily" } as const;

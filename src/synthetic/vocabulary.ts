/**
 * Word lists for generated (synthetic) data: shared by the scale-data
 * generator (generateDataset) and the import benchmark (bench/import.ts), so
 * both produce rows of the same realistic shape.
 */

/** First names of the kind Russian governors have. */
export const FIRST_NAMES = ['Aleksandr', 'Sergei', 'Vladimir', 'Rustam', 'Mintimer', 'Murat', 'Yevgeny', 'Oleg', 'Igor', 'Dmitry', 'Nikolai', 'Aleksei', 'Ramzan', 'Yunus-Bek', 'Vyacheslav', 'Anatoly', 'Mikhail', 'Kirsan', 'Andrei', 'Valery', 'Radiy', 'Aman', 'Viktor', 'Gennady'] as const;

/** Family names. */
export const LAST_NAMES = ['Ivanov', 'Petrov', 'Sidorov', 'Kuznetsov', 'Smirnov', 'Volkov', 'Morozov', 'Sokolov', 'Lebedev', 'Kozlov', 'Novikov', 'Khabirov', 'Tuleyev', 'Artamonov', 'Mukhametshin', 'Kokov', 'Tsivilev', 'Ilyumzhinov', 'Zyazikov', 'Orlov', 'Belov', 'Zakharov', 'Nikitin', 'Gusev'] as const;

/** Countries governors visit most, with weights (neighbours, trade partners, kin states). */
export const WEIGHTED_COUNTRIES: ReadonlyArray<readonly [string, number]> = [
  ['TR', 14], ['KZ', 12], ['CN', 12], ['BY', 10], ['DE', 9], ['UZ', 6], ['AZ', 5], ['AM', 4], ['KG', 4], ['TJ', 4],
  ['FI', 4], ['HU', 3], ['IT', 4], ['FR', 4], ['JP', 3], ['KR', 3], ['IN', 3], ['AE', 4], ['SA', 2], ['JO', 2],
  ['IR', 3], ['MN', 3], ['RS', 2], ['AT', 2], ['CZ', 2], ['VN', 2], ['EG', 2], ['US', 1], ['GB', 1], ['ES', 2],
];

/** Purposes of visits abroad ('' = not stated). */
export const PURPOSES = ['official visit', 'trade mission', 'investment forum', 'cultural days', 'sister-region agreement', 'industrial exhibition', ''] as const;

/** Roles of foreign counterparts met. */
export const COUNTERPART_ROLES = ['ambassador', 'consul general', 'minister of foreign affairs', 'head of state', 'minister of trade', 'trade delegation', 'governor of a province'] as const;

/** Years the programme data covers, newest first. */
export const YEARS: readonly number[] = [2026, 2025, 2024, 2023, 2022, 2021, 2020, 2019];

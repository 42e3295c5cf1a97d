/** The attribution the CITES Trade Database Guide's terms require wherever the code lists are shown (About screen). */
export const codeListsCredit = 'Code lists: CITES Trade Database Guide v9 (2022), UNEP-WCMC for the CITES Secretariat.';

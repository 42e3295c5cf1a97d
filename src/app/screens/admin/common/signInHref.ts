/** The sign-in screen (built with device sign-in and enrolment). */
export const SIGN_IN_HREF = '#/signin';

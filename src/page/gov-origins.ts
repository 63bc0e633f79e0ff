/**
 * The sites auto-detection covers: the optional host permission the user grants, the detector's
 * registration and the runtime content scripts' matches are all this one pattern list.
 */
export const GOV_ORIGINS = ['*://*.gov.cn/*'];

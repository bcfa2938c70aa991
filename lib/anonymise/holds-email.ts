/** An e-mail address's shape inside a stretch of text: a local part, "@", and a dotted domain. */
const EMAIL_SHAPE = /[\w.'’-]@[\w-]+\./;

/** Whether the stretch holds an e-mail address: a line among a CV's contact details. */
export const holdsEmail = (stretch: string) => EMAIL_SHAPE.test(stretch);

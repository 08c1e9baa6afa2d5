// The page's own words in each language the platform speaks; a survey's questions bring their own labels.
const texts = {
  en: {
    loading: 'Loading…', language: 'Language', progress: (n: number, of: number) => `Question ${n} of ${of}`,
    required: 'Required', optional: 'Optional', next: 'Next', back: 'Back', send: 'Send my answers', sending: 'Sending…',
    needed: 'Please answer this question to go on.', chars: (n: number, max: number) => `${n} of ${max} characters`,
    close: 'Close', thanks: 'Thank you!', received: 'Your answers were received.', already: 'You have answered this survey already.',
    notLikely: 'Not at all likely', veryLikely: 'Extremely likely', veryDissatisfied: 'Very dissatisfied',
    verySatisfied: 'Very satisfied', veryDifficult: 'Very difficult', veryEasy: 'Very easy',
    number: (min: number, max: number) => `A whole number from ${min} to ${max}`,
    offline: 'Your answers could not be sent. Check your connection and try again.', retry: 'Try again',
    refused: 'Some answers could not be accepted:',
    LINK_INVALID: 'This link is not valid. Please check that you opened the whole link you received.',
    LINK_EXPIRED: 'This link has expired. Thank you for your interest.',
    LINK_OFF: 'This survey is no longer available here.',
    SURVEY_CLOSED: 'This survey is closed and no longer takes answers. Thank you for your interest.',
    RATE_LIMITED: 'Too many attempts. Please try again in a minute.',
    unexpected: 'Something went wrong on our side. Please try again later.',
    unsubscribeTitle: 'Stop survey invitations?', unsubscribeText: 'You will receive no more invitations to our surveys.',
    unsubscribeButton: 'Unsubscribe', unsubscribed: 'You are unsubscribed',
    unsubscribedText: 'You will receive no more invitations to our surveys.',
  },
  fr: {
    loading: 'Chargement…', language: 'Langue', progress: (n: number, of: number) => `Question ${n} sur ${of}`,
    required: 'Obligatoire', optional: 'Facultatif', next: 'Suivant', back: 'Retour', send: 'Envoyer mes réponses',
    sending: 'Envoi…', needed: 'Veuillez répondre à cette question pour continuer.',
    chars: (n: number, max: number) => `${n} caractères sur ${max}`,
    close: 'Fermer', thanks: 'Merci !', received: 'Vos réponses ont bien été reçues.', already: 'Vous avez déjà répondu à ce questionnaire.',
    notLikely: 'Pas du tout probable', veryLikely: 'Très probable', veryDissatisfied: 'Très insatisfait',
    verySatisfied: 'Très satisfait', veryDifficult: 'Très difficile', veryEasy: 'Très facile',
    number: (min: number, max: number) => `Un nombre entier de ${min} à ${max}`,
    offline: "Vos réponses n'ont pas pu être envoyées. Vérifiez votre connexion et réessayez.", retry: 'Réessayer',
    refused: "Certaines réponses n'ont pas pu être acceptées :",
    LINK_INVALID: "Ce lien n'est pas valide. Vérifiez que vous avez ouvert le lien complet reçu.",
    LINK_EXPIRED: 'Ce lien a expiré. Merci de votre intérêt.',
    LINK_OFF: "Ce questionnaire n'est plus disponible ici.",
    SURVEY_CLOSED: "Ce questionnaire est clos et n'accepte plus de réponses. Merci de votre intérêt.",
    RATE_LIMITED: 'Trop de tentatives. Veuillez réessayer dans une minute.',
    unexpected: 'Un problème est survenu de notre côté. Veuillez réessayer plus tard.',
    unsubscribeTitle: 'Ne plus recevoir d’invitations ?',
    unsubscribeText: 'Vous ne recevrez plus d’invitations à nos questionnaires.',
    unsubscribeButton: 'Se désabonner', unsubscribed: 'Vous êtes désabonné',
    unsubscribedText: 'Vous ne recevrez plus d’invitations à nos questionnaires.',
  },
};

export type Texts = typeof texts.en;
export type Language = keyof typeof texts;
export const languages = Object.keys(texts) as Language[];

/** The page's words in this locale's language (fr-CA → fr), English for any other. */
export function textsFor(locale: string): Texts {
  const language = locale.slice(0, 2) as Language;
  return texts[language] ?? texts.en;
}

/** Names of the languages, each in itself, for the switch. */
export const languageNames: Record<string, string> = { en: 'English', fr: 'Français', de: 'Deutsch', es: 'Español' };

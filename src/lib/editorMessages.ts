import { type Lang } from './language'
/*
 * Every validation and access message an editor can meet, in the admin's two languages. Each
 * says what is wrong and what to do; none names a field path: Payload's error data carries the
 * path for machines (`data.errors[].path`) and the hub's REST and GraphQL answers prefix it to
 * the one-line message. Registered as Payload's custom translations (`i18n.translations` in
 * payload.config.ts) under `relais:`, so the server answers in the language Payload picked for
 * the request (the `payload-lng` cookie the admin's language setting writes, else
 * Accept-Lang, else French) and the admin's own components read the same texts.
 *
 * Messages avoid commas after a colon where they can: the admin's error toast splits a message
 * on commas into a list.
 */
const fr = {
  // Territories of local editors
  nationalNewsIsNational:
    'Une actualité nationale ne peut être publiée que par la rédaction nationale. Choisissez la portée « Départements » ({{departments}}).',
  newsNeedsDepartment: 'Indiquez au moins un de vos départements ({{departments}}) dans la diffusion de l’actualité.',
  newsOutside_one:
    'Le département {{outside}} est hors de votre territoire ({{departments}}). Retirez-le de la diffusion ou demandez à la rédaction nationale de publier cette actualité.',
  newsOutside_other:
    'Les départements {{outside}} sont hors de votre territoire ({{departments}}). Retirez-les de la diffusion ou demandez à la rédaction nationale de publier cette actualité.',
  unitOutside:
    'Cette commune est dans le département {{department}} hors de votre territoire ({{departments}}). Vérifiez le code INSEE : seule la rédaction du département {{department}} ou la rédaction nationale peut y enregistrer une unité.',
  unitNeedsCommune: 'Saisissez le code INSEE de la commune de l’unité : il en donne le département qui doit être l’un des vôtres ({{departments}}).',
  readOnlyUnit: 'Cette unité relève du département {{department}} : seule la rédaction de ce département ou la rédaction nationale peut la modifier.',
  readOnlyNationalNews: 'Cette actualité est nationale : seule la rédaction nationale peut la modifier.',
  readOnlyNewsOutside_one:
    'Cette actualité atteint aussi le département {{outside}} hors de votre territoire ({{departments}}) : seule la rédaction nationale peut la modifier.',
  readOnlyNewsOutside_other:
    'Cette actualité atteint aussi les départements {{outside}} hors de votre territoire ({{departments}}) : seule la rédaction nationale peut la modifier.',
  listOwnTerritory: 'Vous voyez les documents de votre territoire ({{departments}}).',
  listShowAll: 'Voir aussi ceux des autres territoires (en lecture seule)',
  listEverything: 'Vous voyez aussi les autres territoires : seuls les documents de vos départements ({{departments}}) sont modifiables.',
  listBackToTerritory: 'Revenir à mon territoire',
  unitDepartmentOutside: 'Département {{department}} : hors de votre territoire ({{departments}}). L’enregistrement sera refusé.',
  // Territory codes
  unknownCommune: 'Code INSEE inconnu : {{codes}}. Saisissez le code INSEE de la commune (5 caractères ; 35238 pour Rennes) et non son code postal.',
  unknownDepartment: 'Code de département inconnu : {{codes}}. Saisissez un code officiel (35 ou 2A ou 971 par exemple).',
  communeCodeRequired: 'Saisissez le code INSEE de la commune (35238 pour Rennes) : le département en découle.',
  departmentsRequired: 'Indiquez au moins un département (35 par exemple).',
  coverageDepartmentsRequired: 'Indiquez au moins un département ou choisissez une couverture nationale.',
  communesRequired: 'Indiquez au moins une commune par son code INSEE (35238 pour Rennes).',
  localEditorNeedsDepartment: 'Un éditeur local travaille pour au moins un département : indiquez-le (35 par exemple) ou choisissez un autre rôle.',
  // Opening hours
  hoursNotDayOrTime:
    'Horaires illisibles : « {{part}} » n’est ni un jour ni une heure ; écrivez-les comme « lundi au vendredi 9h-12h et 14h-18h ; fermé le dimanche » ou laissez le champ vide s’ils sont inconnus.',
  hoursBadTime:
    'Horaires illisibles : « {{part}} » n’est pas une heure de la journée (de 0h à 24h) ; écrivez-les comme « lundi au vendredi 9h-12h et 14h-18h » ou laissez le champ vide s’ils sont inconnus.',
  hoursMissingEnd:
    'Horaires illisibles : l’heure de fin manque après « {{part}} » ; écrivez chaque plage avec son début et sa fin comme « 9h-12h » ou laissez le champ vide s’ils sont inconnus.',
  hoursNoDays:
    'Horaires illisibles : « fermé » ne dit pas quel jour avant « {{part}} » ; écrivez par exemple « fermé le dimanche » ou laissez le champ vide s’ils sont inconnus.',
  hoursOsm:
    'Horaires illisibles : « {{part}} » ; écrivez-les comme « lundi au vendredi 9h-12h et 14h-18h ; fermé le dimanche » ou laissez le champ vide s’ils sont inconnus.',
  // Texts and values
  requiredInFrench:
    'Obligatoire en français : les lecteurs voient le texte français quand la traduction manque. Remplissez-le d’abord dans la langue « Français ».',
  required: 'Ce champ est obligatoire : remplissez-le.',
  urlInvalid: '« {{value}} » n’est pas l’adresse d’une page web : elle doit commencer par https:// (ou http://).',
  phoneInvalid: '« {{value}} » n’est pas un numéro de téléphone : chiffres et espaces seulement (01 23 45 67 89 ou +33 1 23 45 67 89).',
  languageCodesInvalid: '« {{codes}} » n’est pas un code de langue ISO 639 : écrivez fr ou en ou ar par exemple.',
  postcodeInvalid: 'Un code postal a cinq chiffres (35000 par exemple).',
  numberBetween: 'Saisissez un nombre entre {{min}} et {{max}}.',
  slugInvalid:
    'Lettres minuscules sans accent et chiffres séparés par des tirets seulement (porter-plainte par exemple). Laissez le champ vide pour le tirer du titre.',
  expiresBeforePublished: 'La date d’expiration doit suivre la date de publication : choisissez une date plus tardive ou videz le champ.',
  replacedByRequired: 'Un téléservice remplacé doit nommer son successeur : choisissez-le dans « Remplacé par ».',
  replacedBySelf: 'Un téléservice ne peut pas se remplacer lui-même : choisissez-en un autre dans « Remplacé par ».',
  // Input bounds
  textTooLong: '{{max}} caractères au plus ({{length}} saisis) : raccourcissez le texte.',
  containsNul: 'Le texte contient un caractère invisible (NUL) : retirez-le en le retapant.',
  tooManyItems: '{{max}} éléments au plus ({{count}} saisis) : retirez-en.',
  // Guides
  guideKeyInvalid: 'Une clé s’écrit en lettres minuscules et chiffres et tirets (40 au plus) : « qui » ou « victime-mineure » par exemple.',
  guideOutcomeWithoutKey: 'L’issue n° {{position}} n’a pas de clé : donnez-lui en une.',
  guideStepWithoutKey: 'La question n° {{position}} n’a pas de clé : donnez-lui en une.',
  guideKeyTwice: 'La clé « {{key}} » sert deux fois : chaque question et chaque issue a la sienne.',
  guideNoStart: 'Indiquez la clé de la première question du guide.',
  guideUnknownStart: 'Aucune question n’a la clé « {{key}} » : indiquez la clé de la première question.',
  guideStepWithoutAnswers: 'La question « {{key}} » n’a pas de réponse : le lecteur y serait bloqué. Ajoutez au moins une réponse.',
  guideAnswerNowhere: 'La réponse « {{label}} » de la question « {{key}} » ne mène nulle part : choisissez la question ou l’issue qui suit.',
  guideAnswerUnknownTarget:
    'La réponse « {{label}} » de la question « {{key}} » mène à « {{next}} » qui n’est ni une question ni une issue : corrigez la clé.',
  guideLoop: 'Une réponse de la question « {{key}} » ramène à « {{target}} » et fait tourner le lecteur en rond ({{path}}) : menez-la plus loin.',
  guideUnreachable: 'Aucune réponse ne mène à la question « {{key}} » depuis « {{start}} » : reliez-la ou supprimez-la.',
  guideNoLabel: 'sans libellé',
}

type Messages = typeof fr

const en: Messages = {
  nationalNewsIsNational: 'Only the national newsroom can publish national news. Choose the “Departments” scope ({{departments}}).',
  newsNeedsDepartment: 'List at least one of your departments ({{departments}}) in the news item’s scope.',
  newsOutside_one:
    'Department {{outside}} is outside your territory ({{departments}}). Remove it from the scope or ask the national newsroom to publish this news item.',
  newsOutside_other:
    'Departments {{outside}} are outside your territory ({{departments}}). Remove them from the scope or ask the national newsroom to publish this news item.',
  unitOutside:
    'This commune is in department {{department}} outside your territory ({{departments}}). Check the INSEE code: only the newsroom of department {{department}} or the national newsroom can record a unit there.',
  unitNeedsCommune: 'Type the INSEE code of the unit’s commune: it gives the unit’s department that must be one of yours ({{departments}}).',
  readOnlyUnit: 'This unit belongs to department {{department}}: only that department’s newsroom or the national newsroom can change it.',
  readOnlyNationalNews: 'This is national news: only the national newsroom can change it.',
  readOnlyNewsOutside_one:
    'This news item also reaches department {{outside}} outside your territory ({{departments}}): only the national newsroom can change it.',
  readOnlyNewsOutside_other:
    'This news item also reaches departments {{outside}} outside your territory ({{departments}}): only the national newsroom can change it.',
  listOwnTerritory: 'You are seeing the documents of your territory ({{departments}}).',
  listShowAll: 'Also show other territories’ (read-only)',
  listEverything: 'You are also seeing other territories: only the documents of your departments ({{departments}}) can be edited.',
  listBackToTerritory: 'Back to my territory',
  unitDepartmentOutside: 'Department {{department}}: outside your territory ({{departments}}). Saving will be refused.',
  unknownCommune: 'Unknown INSEE code: {{codes}}. Type the commune’s INSEE code (5 characters; 35238 for Rennes) and not its postcode.',
  unknownDepartment: 'Unknown department code: {{codes}}. Type an official code (35 or 2A or 971 for instance).',
  communeCodeRequired: 'Type the commune’s INSEE code (35238 for Rennes): the department follows from it.',
  departmentsRequired: 'List at least one department (35 for instance).',
  coverageDepartmentsRequired: 'List at least one department or choose a national coverage.',
  communesRequired: 'List at least one commune by its INSEE code (35238 for Rennes).',
  localEditorNeedsDepartment: 'A local editor works for at least one department: list it (35 for instance) or choose another role.',
  hoursNotDayOrTime:
    'Unreadable hours: “{{part}}” is neither a day nor a time; write them like “Mo-Fr 09:00-12:00,14:00-18:00; Su off” or leave the field empty if they are unknown.',
  hoursBadTime:
    'Unreadable hours: “{{part}}” is not a time of day (0:00 to 24:00); write them like “Mo-Fr 09:00-12:00,14:00-18:00” or leave the field empty if they are unknown.',
  hoursMissingEnd:
    'Unreadable hours: the closing time is missing after “{{part}}”; write each range with its start and end like “09:00-12:00” or leave the field empty if they are unknown.',
  hoursNoDays: 'Unreadable hours: “closed” names no day before “{{part}}”; write for instance “Su off” or leave the field empty if they are unknown.',
  hoursOsm: 'Unreadable hours: “{{part}}”; write them like “Mo-Fr 09:00-12:00,14:00-18:00; Su off” or leave the field empty if they are unknown.',
  requiredInFrench: 'Required in French: readers see the French text when a translation is missing. Fill it in the “Français” locale first.',
  required: 'This field is required: fill it in.',
  urlInvalid: '“{{value}}” is not the address of a web page: it must start with https:// (or http://).',
  phoneInvalid: '“{{value}}” is not a phone number: digits and spaces only (01 23 45 67 89 or +33 1 23 45 67 89).',
  languageCodesInvalid: '“{{codes}}” is not an ISO 639 language code: write fr or en or ar for instance.',
  postcodeInvalid: 'A postcode has five digits (35000 for instance).',
  numberBetween: 'Type a number between {{min}} and {{max}}.',
  slugInvalid:
    'Lowercase letters without accents and digits separated by hyphens only (report-a-crime for instance). Leave the field empty to derive it from the title.',
  expiresBeforePublished: 'The expiry date must come after the publish date: choose a later date or clear the field.',
  replacedByRequired: 'A replaced service must name its successor: choose it in “Replaced by”.',
  replacedBySelf: 'A service cannot replace itself: choose another one in “Replaced by”.',
  textTooLong: 'At most {{max}} characters ({{length}} typed): shorten the text.',
  containsNul: 'The text holds an invisible character (NUL): type it again without it.',
  tooManyItems: 'At most {{max}} items ({{count}} given): remove some.',
  guideKeyInvalid: 'A key is lowercase letters and digits and hyphens (40 at most): “who” or “minor-victim” for instance.',
  guideOutcomeWithoutKey: 'Outcome no. {{position}} has no key: give it one.',
  guideStepWithoutKey: 'Question no. {{position}} has no key: give it one.',
  guideKeyTwice: 'The key “{{key}}” is used twice: each question and each outcome has its own.',
  guideNoStart: 'Type the key of the guide’s first question.',
  guideUnknownStart: 'No question has the key “{{key}}”: type the key of the first question.',
  guideStepWithoutAnswers: 'The question “{{key}}” has no answer: readers would be stuck there. Add at least one answer.',
  guideAnswerNowhere: 'The answer “{{label}}” of the question “{{key}}” leads nowhere: choose the question or outcome that follows.',
  guideAnswerUnknownTarget:
    'The answer “{{label}}” of the question “{{key}}” leads to “{{next}}” that is neither a question nor an outcome: correct the key.',
  guideLoop: 'An answer of the question “{{key}}” leads back to “{{target}}” and sends readers round in circles ({{path}}): lead it further.',
  guideUnreachable: 'No answer leads to the question “{{key}}” from “{{start}}”: link it or delete it.',
  guideNoLabel: 'no label',
}

/** Payload's `i18n.translations`: the messages under the `relais` namespace. */
export const editorTranslations = { fr: { relais: fr }, en: { relais: en } }

export type MessageKey = { [K in keyof Messages]: K extends `${infer Base}_${'one' | 'other'}` ? Base : K }[keyof Messages]

type Vars = Record<string, string | number>

/** A message in one language, with its variables filled in. */
export type Say = (key: MessageKey, vars?: Vars) => string

type Translate = (key: string, vars?: Vars) => string

const lists: Record<Lang, Intl.ListFormat> = {
  fr: new Intl.ListFormat('fr', { type: 'conjunction' }),
  en: new Intl.ListFormat('en', { type: 'conjunction' }),
}

/** Codes as an editor reads them: « 35 et 56 », "35 and 56". */
export const listCodes = (language: Lang, codes: readonly string[]): string => lists[language].format(codes)

export const languageOf = (req: { i18n?: { language?: string } } | undefined): Lang => (req?.i18n?.language === 'en' ? 'en' : 'fr')

/**
 * The messages in the language of a request, through Payload's own `t` (which picks the plural
 * form from `count`). Without a request (a script, a unit test) they are French, Payload's
 * fallback language here.
 */
export function sayFor(req: { t?: unknown; i18n?: { language?: string } } | undefined): Say {
  const t = typeof req?.t === 'function' ? (req.t as Translate) : undefined
  if (t) return (key, vars) => t(`relais:${key}`, vars)
  return sayIn(languageOf(req))
}

/** The messages in a given language, without Payload (the messages' own tests, scripts). */
export function sayIn(language: Lang): Say {
  const messages: Messages = language === 'en' ? en : fr
  return (key, vars = {}) => {
    const count = typeof vars.count === 'number' ? vars.count : undefined
    const plural = count === undefined ? undefined : count === 1 ? `${key}_one` : `${key}_other`
    const template = (plural && plural in messages ? messages[plural as keyof Messages] : messages[key as keyof Messages]) ?? key
    return template.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(vars[name] ?? ''))
  }
}

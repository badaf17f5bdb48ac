import type { ServiceSeed } from '../types'

/**
 * Demo content: the online services of the Interior ministry's one-stop offer
 * ("guichet unique" relayed by Ma Sécurité), police nationale and gendarmerie nationale.
 *
 * Every fact below comes from the page(s) named in the `// Source:` comment above the entry.
 * Details that could not be confirmed (exact hours, current territorial coverage…) are left out.
 */
export const services: ServiceSeed[] = [
  // Source: https://www.amf.asso.fr/documents-masecuriteinterieurgouvfr-guichet-unique-vers-les-teleservices-forces-securite-interieure/42710
  // (the AMF relays the ministry's presentation of the one-stop offer: "tchat généraliste H24, 7j/7 en 130 langues")
  // Source: https://masecurite.interieur.gouv.fr/fr/mentions-legales (publisher: DGPN and DGGN)
  {
    slug: 'tchat-ma-securite',
    name: 'Tchat Ma Sécurité avec un policier ou un gendarme',
    summary:
      'Un tchat généraliste, ouvert 24 h/24 et 7 j/7, pour échanger par écrit avec un policier ou un gendarme sur les questions de sécurité du quotidien.',
    description: [
      'Le site et l’application **Ma Sécurité**, édités par la Direction générale de la police nationale et la Direction générale de la gendarmerie nationale, donnent accès à un tchat généraliste avec un policier ou un gendarme.',
      'On peut y poser toutes les questions de sécurité du quotidien :',
      '- une infraction subie ou constatée ;\n- la démarche adaptée à sa situation ;\n- la fourrière ;\n- les procurations de vote.',
      'Le tchat est proposé dans environ 130 langues. Il ne remplace pas les numéros d’urgence : en cas d’urgence, appelez le 17 ou le 112.',
    ].join('\n\n'),
    url: 'https://www.masecurite.interieur.gouv.fr',
    category: 'contact',
    audience: 'Toute personne qui a une question de sécurité du quotidien.',
    audiences: ['everyone'],
    covers: 'Infractions, démarches à effectuer, fourrière, procurations et autres questions de sécurité du quotidien.',
    excludes: 'Les urgences : composez le 17 ou le 112.',
    channels: [
      {
        kind: 'chat',
        target: 'https://www.masecurite.interieur.gouv.fr',
        availability: 'always',
        hours: '24/7',
        note: 'Tchat accessible depuis le site Ma Sécurité.',
      },
      {
        kind: 'app',
        availability: 'always',
        note: 'Application Ma Sécurité pour smartphone (iOS et Android).',
      },
    ],
    languages: ['fr', 'en'],
    languageCount: 130,
    operator: 'both',
    coverage: { scope: 'national' },
    status: 'active',
    en: {
      name: 'Ma Sécurité chat with a police officer or gendarme',
      summary:
        'A general-purpose chat, open 24/7, to talk in writing with a police officer or gendarme about everyday security questions.',
      audience: 'Anyone with an everyday security question.',
      covers: 'Offences, which procedure to follow, impounded vehicles, proxy voting and other everyday security questions.',
      excludes: 'Emergencies: call 17 or 112.',
    },
  },

  // Source: https://masecurite.interieur.gouv.fr/fr/demarches-en-ligne/portail-signalement-violences-sexuelles-sexistes
  // Source: https://masecurite.interieur.gouv.fr/fr/actualites/plateforme-accompagnement-victimes-sauve-des-vies
  // Source: https://www.police-nationale.interieur.gouv.fr/Actualites/L-actu-police/La-plateforme-numerique-de-signalement-des-violences-et-d-accompagnement-des-victimes-faciliter-la-liberation-de-la-parole
  {
    slug: 'pnav',
    name: 'Plateforme numérique d’accompagnement des victimes (PNAV)',
    acronym: 'PNAV',
    summary:
      'Un tchat anonyme et gratuit, ouvert 24 h/24 et 7 j/7, avec des policiers et des gendarmes spécialement formés, pour les victimes et témoins de violences sexuelles, sexistes ou conjugales, de cyberharcèlement ou de discriminations.',
    description: [
      'La **PNAV** permet d’échanger par tchat, de manière anonyme et gratuite, avec un policier ou un gendarme spécialement formé à ces violences. Une psychologue est présente au quotidien sur la plateforme pour les épauler.',
      '- À tout moment, on peut quitter rapidement le tchat : l’historique de la discussion est effacé.\n- La personne n’a qu’un seul interlocuteur pendant tout son signalement.\n- Si elle est prête, elle est orientée vers le service de police ou de gendarmerie compétent, qui la recontacte pour prendre sa plainte ou l’entendre.\n- Elle peut aussi être orientée vers la justice, les associations d’aide aux victimes, des psychologues ou des structures d’information juridique.',
      'La plateforme est accessible depuis Ma Sécurité et depuis arretonslesviolences.gouv.fr. Elle ne traite pas les urgences, qui relèvent du 17.',
    ].join('\n\n'),
    url: 'https://masecurite.interieur.gouv.fr/fr/demarches-en-ligne/portail-signalement-violences-sexuelles-sexistes',
    category: 'assistance',
    audience: 'Toute personne, mineure ou majeure : victime, témoin ou professionnel.',
    audiences: ['victims', 'witnesses', 'minors'],
    covers:
      'Violences sexuelles, sexistes et conjugales, cyberharcèlement (y compris le harcèlement scolaire qui se prolonge en ligne) et discriminations.',
    excludes: 'Les urgences : appelez le 17.',
    channels: [
      {
        kind: 'chat',
        target: 'https://masecurite.interieur.gouv.fr/fr/demarches-en-ligne/portail-signalement-violences-sexuelles-sexistes',
        availability: 'always',
        hours: '24/7',
        note: 'Tchat anonyme et gratuit ; un bouton permet de quitter la conversation en urgence.',
      },
      {
        kind: 'web',
        target: 'https://arretonslesviolences.gouv.fr',
        availability: 'always',
        note: 'Accès au tchat également depuis arretonslesviolences.gouv.fr.',
      },
    ],
    languages: ['fr'],
    operator: 'both',
    coverage: { scope: 'national' },
    status: 'active',
    en: {
      name: 'Online victim support platform (PNAV)',
      summary:
        'An anonymous, free chat, open 24/7, with specially trained police officers and gendarmes, for victims and witnesses of sexual, sexist or domestic violence, cyber-harassment or discrimination.',
      audience: 'Anyone, minor or adult: victim, witness or professional.',
      covers:
        'Sexual, sexist and domestic violence, cyber-harassment (including school bullying that continues online) and discrimination.',
      excludes: 'Emergencies: call 17.',
    },
  },

  // Not a second official service. The one-stop offer's "signalement des violences sexuelles et sexistes"
  // is today the PNAV (entry above). This entry is deliberately distinct from the current offer: it records
  // the historical portal opened in 2018, whose scope was widened in 2022 and which became the PNAV.
  // Source: https://www.gouvernement.fr/les-actions-du-gouvernement/interieur/je-suis-victime-ou-temoin-de-violences-sexistes-ou-sexuelles
  // Source: https://www.hautes-alpes.gouv.fr/violences-sexuelles-et-sexistes-un-portail-de-a7044.html
  // Source: http://questions.assemblee-nationale.fr/q16/16-2196QE.htm (décret n° 2022-337 du 10 mars 2022)
  // Source: https://www.police-nationale.interieur.gouv.fr/Actualites/L-actu-police/La-plateforme-numerique-de-signalement-des-violences-et-d-accompagnement-des-victimes-faciliter-la-liberation-de-la-parole
  {
    slug: 'portail-signalement-violences-sexuelles-sexistes',
    name: 'Portail de signalement des violences sexuelles et sexistes',
    summary:
      'Le portail ouvert le 27 novembre 2018 pour dialoguer par tchat avec un policier ou un gendarme formé aux violences sexuelles et sexistes. Son champ a été élargi et il est devenu la PNAV.',
    description: [
      'Depuis le 27 novembre 2018, ce portail permettait de discuter en direct, 24 h/24 et 7 j/7, avec un policier ou un gendarme spécialiste des violences sexistes ou sexuelles, sans donner son identité. Il était accessible depuis service-public.fr et à l’adresse signalement-violences-sexuelles-sexistes.gouv.fr.',
      'Le décret n° 2022-337 du 10 mars 2022 a étendu son usage à d’autres atteintes, notamment les discriminations et le cyberharcèlement. La plateforme est devenue la **plateforme numérique d’accompagnement des victimes (PNAV)**.',
      'Pour échanger avec un policier ou un gendarme, utilisez désormais la PNAV.',
    ].join('\n\n'),
    url: 'https://www.signalement-violences-sexuelles-sexistes.gouv.fr',
    category: 'report',
    audience: 'Victimes et témoins de violences sexuelles ou sexistes, majeurs ou mineurs.',
    audiences: ['victims', 'witnesses', 'minors'],
    covers: 'Violences sexuelles et sexistes.',
    channels: [
      {
        kind: 'chat',
        target: 'https://www.signalement-violences-sexuelles-sexistes.gouv.fr',
        availability: 'always',
        note: 'Adresse historique ; le tchat est désormais celui de la PNAV.',
      },
    ],
    languages: ['fr'],
    operator: 'both',
    coverage: { scope: 'national' },
    status: 'replaced',
    replacedBy: 'pnav',
    en: {
      name: 'Sexual and sexist violence reporting portal',
      summary:
        'The portal opened on 27 November 2018 to chat with a police officer or gendarme trained in sexual and sexist violence. Its scope was widened and it became the PNAV.',
      audience: 'Victims and witnesses of sexual or sexist violence, adults or minors.',
      covers: 'Sexual and sexist violence.',
    },
  },

  // Source: https://www.interieur.gouv.fr/actualites/actualites-du-ministere/victime-de-cybermalveillance-rendez-vous-sur-17cybergouvfr
  // Source: https://www.amf.asso.fr/documents-masecuriteinterieurgouvfr-guichet-unique-vers-les-teleservices-forces-securite-interieure/42710
  // Operated jointly by the police nationale, the gendarmerie nationale and Cybermalveillance.gouv.fr.
  {
    slug: '17-cyber',
    name: '17Cyber, l’assistance en ligne aux victimes de cybermalveillance',
    acronym: '17Cyber',
    summary:
      'Un guichet unique et gratuit, ouvert 24 h/24 et 7 j/7, qui établit un diagnostic de la cyberattaque subie, donne des conseils et met en relation, si besoin, avec un policier ou un gendarme.',
    description: [
      '**17Cyber** a été lancé le 17 décembre 2024 par la Police nationale, la Gendarmerie nationale et Cybermalveillance.gouv.fr. C’est l’équivalent numérique de l’appel au 17 pour les victimes d’infractions numériques.',
      '- Un diagnostic en ligne, en quelques questions, identifie le type d’atteinte subie.\n- Des conseils personnalisés sont donnés, y compris pour conserver les preuves.\n- Si le diagnostic confirme la gravité des faits, la victime peut échanger par tchat avec un policier ou un gendarme pour obtenir des conseils de première urgence et engager les démarches judiciaires.\n- Elle peut aussi être mise en relation avec un prestataire référencé ou labellisé par Cybermalveillance.gouv.fr ; cette assistance technique peut être payante.',
      'Selon la situation, 17Cyber oriente vers le bon service : THESEE, PHAROS, PERCEVAL ou un commissariat ou une brigade de gendarmerie.',
    ].join('\n\n'),
    url: 'https://17cyber.gouv.fr',
    category: 'assistance',
    audience: 'Toutes les victimes d’infractions numériques : particuliers, professionnels, collectivités.',
    audiences: ['victims', 'organisations'],
    covers:
      'Hameçonnage, piratage de compte, escroqueries en ligne, cyberattaques, cyberharcèlement, menaces, chantage et sextorsion.',
    channels: [
      {
        kind: 'web',
        target: 'https://17cyber.gouv.fr',
        availability: 'always',
        hours: '24/7',
        note: 'Diagnostic en ligne et conseils personnalisés.',
      },
      {
        kind: 'chat',
        target: 'https://17cyber.gouv.fr',
        availability: 'always',
        hours: '24/7',
        note: 'Tchat avec un policier ou un gendarme lorsque la gravité des faits le justifie.',
      },
    ],
    languages: ['fr'],
    operator: 'both',
    coverage: { scope: 'national' },
    status: 'active',
    en: {
      name: '17Cyber, online assistance for victims of cybercrime',
      summary:
        'A free one-stop service, open 24/7, that diagnoses the cyberattack suffered, gives advice and, where needed, puts the victim in touch with a police officer or gendarme.',
      audience: 'All victims of online offences: individuals, businesses, local authorities.',
      covers: 'Phishing, account hacking, online scams, cyberattacks, cyber-harassment, threats, blackmail and sextortion.',
    },
  },

  // Source: https://www.amf.asso.fr/documents-masecuriteinterieurgouvfr-guichet-unique-vers-les-teleservices-forces-securite-interieure/42710
  // Source: https://clubic.com/actualite-518467-vous-connaissez-doctolib-mais-probablement-pas-police-rendez-vous-qui-permet-de-prendre-rendez-vous-a-distance-avant-de-se-rendre-au-commissariat.html
  // Coverage: first tested in Gironde (end of 2023) and then extended; the list of police stations that
  // currently offer slots was not confirmed by an official source, so the entry only says it depends on the station.
  {
    slug: 'rendez-vous-commissariat',
    name: 'Prise de rendez-vous en ligne au commissariat',
    summary:
      'Réserver depuis Ma Sécurité un créneau dans le commissariat de son choix, par exemple pour déposer plainte, au lieu d’attendre au guichet.',
    description: [
      'Depuis Ma Sécurité, l’usager décrit sa situation en répondant à quelques questions. Si sa démarche nécessite de se rendre au commissariat, il choisit le commissariat et le créneau qui lui conviennent. Il peut annuler ce créneau en cas d’empêchement.',
      'Le service a d’abord été testé en Gironde à partir de fin 2023, puis étendu. Les créneaux proposés dépendent de chaque commissariat.',
    ].join('\n\n'),
    url: 'https://www.masecurite.interieur.gouv.fr',
    category: 'appointment',
    audience: 'Usagers qui doivent se rendre dans un commissariat de police, notamment pour déposer plainte.',
    audiences: ['everyone'],
    channels: [
      {
        kind: 'web',
        target: 'https://www.masecurite.interieur.gouv.fr',
        availability: 'always',
        note: 'Réservation en ligne ; le rendez-vous a lieu sur un créneau proposé par le commissariat.',
      },
    ],
    languages: ['fr'],
    operator: 'police',
    coverage: { scope: 'national' },
    status: 'active',
    en: {
      name: 'Online appointments at police stations',
      summary:
        'Book a slot at the police station of your choice from Ma Sécurité, for instance to file a complaint, instead of queuing at the desk.',
      audience: 'People who need to go to a police station, in particular to file a complaint.',
    },
  },

  // Source: https://plainte-en-ligne.masecurite.interieur.gouv.fr/faq
  // Source: https://la1ere.francetvinfo.fr/guadeloupe/le-dispositif-de-depot-de-plainte-en-ligne-connait-un-demarrage-encourageant-en-guadeloupe-malgre-quelques-reticences-1529695.html
  // Source: https://www.francetvinfo.fr/faits-divers/police/reportage-il-y-a-juste-des-champs-a-remplir-c-est-assez-instinctif-le-depot-de-plainte-en-ligne-desormais-possible-partout-en-france_6843341.html
  {
    slug: 'plainte-en-ligne',
    name: 'Plainte en ligne',
    acronym: 'PEL',
    summary:
      'Porter plainte en ligne, sans se déplacer, pour une atteinte aux biens (vol, cambriolage, dégradation, escroquerie hors internet…) dont l’auteur est inconnu.',
    description: [
      'La **plainte en ligne** permet de porter plainte depuis Ma Sécurité pour une atteinte aux biens dont l’auteur est inconnu. Expérimentée en Gironde à partir de décembre 2023, elle est ouverte sur tout le territoire depuis le 15 octobre 2024. Elle remplace la pré-plainte en ligne.',
      'Faits concernés :\n\n- dégradations et délit de fuite ;\n- vols et cambriolages ;\n- vol d’une carte bancaire suivi d’utilisations frauduleuses ;\n- escroqueries, sauf celles commises sur internet, qui relèvent de THESEE.',
      'Le déclarant s’identifie avec FranceConnect puis remplit sa déclaration. Un policier ou un gendarme l’examine et peut le recontacter pour compléter la procédure.',
    ].join('\n\n'),
    url: 'https://plainte-en-ligne.masecurite.interieur.gouv.fr',
    category: 'complaint',
    audience:
      'Particuliers, entreprises, associations et administrations victimes d’une atteinte aux biens par un auteur inconnu ; le déclarant doit être majeur (victime ou représentant légal).',
    audiences: ['victims', 'organisations'],
    covers:
      'Vols, cambriolages, dégradations, délit de fuite, vol de carte bancaire suivi d’utilisations frauduleuses, escroqueries hors internet.',
    excludes:
      'Les violences contre les personnes, les faits dont l’auteur est connu, les escroqueries sur internet (voir THESEE) et l’utilisation frauduleuse d’une carte bancaire qui n’a pas été volée (voir PERCEVAL).',
    channels: [
      {
        kind: 'form',
        target: 'https://plainte-en-ligne.masecurite.interieur.gouv.fr',
        availability: 'always',
        note: 'Déclaration en ligne après identification avec FranceConnect.',
      },
    ],
    languages: ['fr'],
    operator: 'both',
    coverage: { scope: 'national' },
    status: 'active',
    en: {
      name: 'Online complaint',
      summary:
        'File a complaint online, without travelling, for a property offence (theft, burglary, damage, non-internet fraud…) by an unknown offender.',
      audience:
        'Individuals, businesses, associations and public bodies that suffered a property offence by an unknown offender; the person filing must be an adult (victim or legal representative).',
      covers: 'Theft, burglary, damage, hit-and-run, theft of a bank card followed by fraudulent use, fraud not committed online.',
      excludes:
        'Violence against persons, offences by a known offender, internet scams (see THESEE) and fraudulent use of a bank card that was not stolen (see PERCEVAL).',
    },
  },

  // History: the pre-complaint service was replaced by the online complaint (PEL) on 15 October 2024.
  // The 2018 extension to discriminatory acts is described here; whether the PEL took over those acts
  // could not be confirmed, so the PEL entry does not claim it.
  // Source: https://www.service-public.fr/particuliers/vosdroits/R19620
  // Source: https://www.pre-plainte-en-ligne.gouv.fr/aide/index/ancre/legal
  // Source: https://2017-2022.nosdeputes.fr/15/question/QE/28923 (ministry's answer: tested from November 2008, generalised in March 2013)
  // Source: https://www.affiches-parisiennes.com/generalisation-de-la-pre-plainte-en-ligne-1071.html (complaint valid only once signed)
  // Source: https://la1ere.francetvinfo.fr/guadeloupe/le-dispositif-de-depot-de-plainte-en-ligne-connait-un-demarrage-encourageant-en-guadeloupe-malgre-quelques-reticences-1529695.html (replacement by the PEL)
  {
    slug: 'pre-plainte-en-ligne',
    name: 'Pré-plainte en ligne',
    acronym: 'PPEL',
    summary:
      'Une pré-déclaration en ligne pour une atteinte aux biens ou certains faits discriminatoires commis par un auteur inconnu, à signer ensuite au commissariat ou à la brigade choisi. Remplacée par la plainte en ligne.',
    description: [
      'Expérimentée à partir de novembre 2008 puis généralisée en mars 2013, la **pré-plainte en ligne** permettait de pré-déclarer sur pre-plainte-en-ligne.gouv.fr :',
      '- une atteinte aux biens (vol, escroquerie, dégradation…) ;\n- certains faits à caractère discriminatoire (provocation à la discrimination, à la haine ou à la violence, certaines injures ou diffamations), ajoutés en 2018,\n\nà condition que l’auteur soit inconnu.',
      'La victime choisissait le commissariat ou la brigade de gendarmerie où elle voulait se rendre. Elle devait ensuite y prendre rendez-vous pour **signer sa plainte** : sans cette signature, la pré-déclaration ne valait pas plainte.',
      'Depuis le 15 octobre 2024, la plainte en ligne (PEL) la remplace.',
    ].join('\n\n'),
    url: 'https://www.pre-plainte-en-ligne.gouv.fr',
    category: 'complaint',
    audience: 'Victimes (ou leur représentant légal) d’une atteinte aux biens ou de faits discriminatoires commis par un auteur inconnu.',
    audiences: ['victims'],
    covers: 'Atteintes aux biens et certains faits discriminatoires, contre un auteur inconnu.',
    excludes: 'Les faits dont l’auteur est connu et les atteintes aux personnes.',
    channels: [
      {
        kind: 'form',
        target: 'https://www.pre-plainte-en-ligne.gouv.fr',
        availability: 'always',
        note: 'Adresse historique du service.',
      },
      {
        kind: 'counter',
        availability: 'scheduled',
        note: 'Signature de la plainte sur rendez-vous au commissariat ou à la brigade choisi.',
      },
    ],
    languages: ['fr'],
    operator: 'both',
    coverage: { scope: 'national' },
    status: 'replaced',
    replacedBy: 'plainte-en-ligne',
    en: {
      name: 'Online pre-complaint',
      summary:
        'An online pre-declaration of a property offence or certain discriminatory acts by an unknown offender, to be signed afterwards at the chosen police station or gendarmerie unit. Replaced by the online complaint.',
      audience: 'Victims (or their legal representative) of a property offence or discriminatory acts by an unknown offender.',
      covers: 'Property offences and certain discriminatory acts, by an unknown offender.',
      excludes: 'Offences by a known offender and offences against persons.',
    },
  },

  // Source: https://www.service-public.fr/particuliers/vosdroits/F34634
  // Source: https://www.service-public.fr/particuliers/vosdroits/R43241
  {
    slug: 'operation-tranquillite-vacances',
    name: 'Opération tranquillité vacances',
    acronym: 'OTV',
    summary:
      'S’inscrire, en ligne ou sur place, pour que la police ou la gendarmerie surveille son logement pendant une absence.',
    description: [
      'Pendant votre absence, des patrouilles de police ou de gendarmerie passent aux abords de votre logement. Vous êtes prévenu en cas d’anomalie (dégradation, cambriolage…).',
      '- Le service en ligne, accessible avec FranceConnect, détermine si votre logement dépend de la police ou de la gendarmerie.\n- Inscrivez-vous au plus tard 3 jours avant le départ en zone police, au plus tard la veille en zone gendarmerie.\n- Aucun justificatif n’est demandé pour l’inscription en ligne.\n- Pour changer vos dates d’absence, il faut annuler la demande et en déposer une nouvelle ; la modification et l’annulation se font au commissariat ou à la brigade.',
      'L’opération est possible en France métropolitaine et dans les départements et régions d’outre-mer.',
    ].join('\n\n'),
    url: 'https://www.service-public.fr/particuliers/vosdroits/R43241',
    category: 'prevention',
    audience: 'Habitants de France métropolitaine et des départements et régions d’outre-mer qui s’absentent de leur logement.',
    audiences: ['everyone'],
    covers: 'Surveillance du logement par des patrouilles pendant l’absence, avec information en cas d’anomalie.',
    channels: [
      {
        kind: 'form',
        target: 'https://www.service-public.fr/particuliers/vosdroits/R43241',
        availability: 'always',
        note: 'Inscription en ligne avec FranceConnect.',
      },
      {
        kind: 'counter',
        availability: 'scheduled',
        note: 'Inscription possible au commissariat de police ou à la brigade de gendarmerie.',
      },
    ],
    languages: ['fr'],
    operator: 'both',
    coverage: { scope: 'national' },
    status: 'active',
    en: {
      name: 'Holiday home watch (Opération tranquillité vacances)',
      summary: 'Sign up, online or in person, so that the police or gendarmerie keep an eye on your home while you are away.',
      audience: 'Residents of mainland France and the overseas departments and regions who will be away from home.',
      covers: 'Patrols around the home during the absence, with a warning if anything is wrong.',
    },
  },

  // Source: https://www.service-public.fr/P10100
  // Source: https://www.service-public.fr/particuliers/vosdroits/F47157
  // Source: https://www.loiret.gouv.fr/Actualites/Thesee-la-plainte-en-ligne-pour-les-victimes-d-e-escroqueries
  // Source: https://la1ere.francetvinfo.fr/martinique/les-victimes-d-arnaques-sur-internet-peuvent-desormais-porter-plainte-en-ligne-1260499.html (opening on 15 March 2022)
  // History: before THESEE, internet scams could be reported on the internet-reporting platform (PHAROS).
  // PHAROS was not replaced and still exists, so both entries stay active (no replacedBy).
  {
    slug: 'thesee',
    name: 'THESEE, plainte et signalement en ligne pour les arnaques sur internet',
    acronym: 'THESEE',
    summary:
      'Porter plainte ou faire un signalement en ligne pour une escroquerie sur internet : faux site de vente, petite annonce, fausse location, piratage de compte avec demande d’argent, chantage, rançongiciel, arnaque aux sentiments.',
    description: [
      '**THESEE** (traitement harmonisé des enquêtes et signalements pour les e-escroqueries) est ouvert depuis le 15 mars 2022. On y accède par la démarche « Arnaque sur internet » de Service-Public.fr.',
      '- **Plainte** : il faut s’identifier avec FranceConnect. Le service est réservé aux particuliers qui portent plainte en leur nom propre. Même en ligne, vous pouvez demander à rencontrer un enquêteur.\n- **Signalement** : il informe seulement les enquêteurs. Vous pouvez rester anonyme, mais vous ne serez pas informé des suites et ne pourrez pas demander d’indemnisation.\n- Le formulaire peut être sauvegardé et terminé plus tard, dans un délai de 30 jours.',
      'Les informations transmises sont analysées et recoupées par des enquêteurs de la police judiciaire.',
    ].join('\n\n'),
    url: 'https://www.service-public.fr/P10100',
    category: 'complaint',
    audience: 'Particuliers victimes d’une escroquerie commise sur internet.',
    audiences: ['victims'],
    covers:
      'Faux sites de vente, escroqueries aux petites annonces (faux acheteur, faux vendeur, fausse location), piratage de messagerie ou de réseau social avec demande d’argent, chantage en ligne, rançongiciels, escroqueries aux sentiments.',
    excludes:
      'Les escroqueries sans lien avec internet (voir la plainte en ligne) et les achats frauduleux faits avec une carte bancaire toujours en votre possession (voir PERCEVAL).',
    channels: [
      {
        kind: 'web',
        target: 'https://www.service-public.fr/P10100',
        availability: 'always',
        note: 'Démarche « Arnaque sur internet » sur Service-Public.fr ; plainte avec FranceConnect.',
      },
    ],
    languages: ['fr'],
    operator: 'both',
    coverage: { scope: 'national' },
    status: 'active',
    en: {
      name: 'THESEE, online complaints and reports for internet scams',
      summary:
        'File a complaint or a report online for an internet scam: fake online shop, classified ad, fake rental, hacked account used to ask for money, blackmail, ransomware, romance scam.',
      audience: 'Individuals who were scammed on the internet.',
      covers:
        'Fake online shops, classified-ad scams (fake buyer, fake seller, fake rental), hacked e-mail or social media account used to ask for money, online blackmail, ransomware, romance scams.',
      excludes:
        'Fraud unrelated to the internet (see the online complaint) and fraudulent purchases with a bank card you still have (see PERCEVAL).',
    },
  },

  // Source: https://www.service-public.fr/particuliers/vosdroits/R17674
  // Source: https://moncommissariat.interieur.gouv.fr/fr/demarches/le-portail-officiel-de-signalement-des-contenus-illicites-de-l-internet-pharos
  // Source: https://www.police-nationale.interieur.gouv.fr/actualite/contenus-illicites-sur-internet-comment-fonctionne-portail-officiel-pharos
  {
    slug: 'pharos',
    name: 'PHAROS, le portail officiel de signalement des contenus illicites sur internet',
    acronym: 'PHAROS',
    summary:
      'Signaler un contenu ou un comportement illicite publié sur internet (terrorisme, pédocriminalité, incitation à la haine, menaces…) à des policiers et gendarmes spécialisés.',
    description: [
      'Le portail internet-signalement.gouv.fr transmet les signalements à la plateforme **PHAROS** (plateforme d’harmonisation, d’analyse, de recoupement et d’orientation des signalements). Depuis janvier 2021, une cinquantaine de policiers et de gendarmes y recueillent les signalements 24 h/24 et 7 j/7.',
      '- Choisissez la catégorie du contenu, puis décrivez-le : date, heure, adresse (URL)…\n- Le contenu signalé est visualisé et sauvegardé par les agents de PHAROS.\n- S’il est illicite, le signalement est orienté vers un service d’enquête de la police, de la gendarmerie ou des douanes. Si le contenu a été conçu à l’étranger, il est transmis à Interpol.',
      'Premier réflexe : ne partagez pas le contenu, signalez-le. En cas d’urgence, composez le 17.',
    ].join('\n\n'),
    url: 'https://www.internet-signalement.gouv.fr',
    category: 'report',
    audience: 'Toute personne, majeure ou mineure, victime ou témoin d’un contenu illicite publié sur internet.',
    audiences: ['victims', 'witnesses', 'minors'],
    covers:
      'Contenus publics : mise en danger des personnes, terrorisme et apologie, menaces ou incitation à la violence, pédocriminalité, incitation à la haine et discriminations, trafic de drogues ou d’armes, cruauté envers les animaux, incitation à commettre une infraction.',
    excludes:
      'Les affaires privées avec une personne que vous connaissez, les contenus reçus en privé, les injures ou diffamations dont vous êtes victime (adressez-vous à la police ou à la gendarmerie) et les urgences (composez le 17).',
    channels: [
      {
        kind: 'form',
        target: 'https://www.internet-signalement.gouv.fr',
        availability: 'always',
        hours: '24/7',
        note: 'Signalement en ligne, ouvert aux majeurs comme aux mineurs.',
      },
    ],
    languages: ['fr'],
    operator: 'both',
    coverage: { scope: 'national' },
    status: 'active',
    en: {
      name: 'PHAROS, the official portal for reporting illegal online content',
      summary:
        'Report illegal content or behaviour published on the internet (terrorism, child sexual abuse, incitement to hatred, threats…) to specialised police officers and gendarmes.',
      audience: 'Anyone, adult or minor, who is a victim or witness of illegal content published online.',
      covers:
        'Public content: endangering people, terrorism and its glorification, threats or incitement to violence, child sexual abuse, incitement to hatred and discrimination, drug or arms trafficking, animal cruelty, incitement to commit an offence.',
      excludes:
        'Private matters with someone you know, content received privately, insults or defamation against you (go to the police or gendarmerie) and emergencies (call 17).',
    },
  },

  // Source: https://www.moncommissariat.interieur.gouv.fr/fr/demarches/perceval
  // Source: https://www.service-public.fr/particuliers/vosdroits/R46526
  // Source: https://www.gendarmerie.interieur.gouv.fr/gendinfo/l-info-en-continu/perceval-une-nouvelle-arme-contre-la-fraude-a-la-carte-bancaire2
  {
    slug: 'perceval',
    name: 'PERCEVAL, signaler une fraude à la carte bancaire',
    acronym: 'PERCEVAL',
    summary:
      'Signaler aux forces de l’ordre des achats en ligne faits avec votre carte bancaire sans votre accord, alors que vous l’avez toujours, et obtenir un récépissé pour votre banque.',
    description: [
      '**PERCEVAL** recueille les signalements de fraudes à la carte bancaire sur internet : des achats réalisés avec votre carte, mais pas par vous. Ce signalement n’est pas obligatoire.',
      'Vous pouvez l’utiliser si :\n\n- vous êtes toujours en possession de votre carte ;\n- vous n’êtes pas à l’origine des achats en ligne ;\n- vous avez **déjà fait opposition** auprès de votre banque.',
      'Munissez-vous du numéro d’opposition, du numéro de la carte et des relevés où apparaissent les achats frauduleux, puis identifiez-vous avec FranceConnect. Le récépissé reçu par courriel, également disponible dans votre espace Service-Public.fr, facilite votre demande de remboursement auprès de la banque.',
    ].join('\n\n'),
    url: 'https://www.service-public.fr/particuliers/vosdroits/R46526',
    category: 'report',
    audience: 'Titulaires d’une carte bancaire utilisée frauduleusement en ligne alors qu’ils l’ont toujours.',
    audiences: ['victims'],
    covers: 'Achats en ligne frauduleux réalisés avec les coordonnées d’une carte bancaire toujours en possession de son titulaire.',
    excludes:
      'La carte volée ou perdue : déposez plainte (plainte en ligne si l’auteur du vol est inconnu, au commissariat ou à la brigade s’il est connu).',
    channels: [
      {
        kind: 'form',
        target: 'https://www.service-public.fr/particuliers/vosdroits/R46526',
        availability: 'always',
        note: 'Signalement en ligne avec FranceConnect, après opposition auprès de la banque.',
      },
    ],
    languages: ['fr'],
    operator: 'gendarmerie',
    coverage: { scope: 'national' },
    status: 'active',
    en: {
      name: 'PERCEVAL, reporting bank card fraud',
      summary:
        'Report to the police online purchases made with your bank card without your consent while you still have the card, and get a receipt for your bank.',
      audience: 'Holders of a bank card used fraudulently online while still in their possession.',
      covers: 'Fraudulent online purchases made with the details of a bank card still held by its owner.',
      excludes:
        'A stolen or lost card: file a complaint (online complaint if the thief is unknown, at the police station or gendarmerie if known).',
    },
  },

  // Source: https://www.service-public.fr/particuliers/vosdroits/F17970
  // Source: https://www.service-public.fr/particuliers/vosdroits/R17121
  {
    slug: 'telepoints',
    name: 'Télépoints, le solde de points du permis de conduire',
    summary: 'Consulter en ligne le nombre de points de son permis de conduire, ainsi que sa validité et ses catégories.',
    description: [
      'Le téléservice **Télépoints** du ministère de l’Intérieur indique le nombre de points de votre permis de conduire. Il permet aussi de consulter la validité et les catégories du permis (relevé d’information restreint).',
      '- Connexion avec FranceConnect, ou avec le numéro de dossier NEPH et le code confidentiel Télépoints.\n- Le numéro NEPH figure sur le permis et sur le relevé d’information intégral.\n- Le code confidentiel figure sur le courrier accompagnant le permis au format « carte de crédit », sur les courriers de retrait de points (48N, 48M, 48SI) et sur le relevé intégral ; il peut aussi être récupéré par SMS.',
      'Attention : il y a un décalage entre l’infraction et l’enregistrement de la perte de points, comme entre la réattribution des points et son affichage.',
    ].join('\n\n'),
    url: 'https://www.service-public.fr/particuliers/vosdroits/R17121',
    category: 'information',
    audience: 'Titulaires d’un permis de conduire qui veulent connaître leur solde de points.',
    audiences: ['everyone'],
    covers: 'Solde de points, validité et catégories du permis de conduire.',
    channels: [
      {
        kind: 'web',
        target: 'https://www.service-public.fr/particuliers/vosdroits/R17121',
        availability: 'always',
        note: 'Accès avec FranceConnect ou avec le numéro NEPH et le code confidentiel Télépoints.',
      },
    ],
    languages: ['fr'],
    operator: 'ministry',
    coverage: { scope: 'national' },
    status: 'active',
    en: {
      name: 'Télépoints, driving licence points balance',
      summary: 'Check online how many points are left on your driving licence, as well as its validity and categories.',
      audience: 'Driving licence holders who want to know their points balance.',
      covers: 'Points balance, validity and categories of the driving licence.',
    },
  },

  // Source: https://mobile.interieur.gouv.fr/Archives/Archives-des-communiques-de-presse/2018-Communiques/La-Brigade-numerique-une-gendarmerie-plus-accessible
  {
    slug: 'brigade-numerique',
    name: 'Brigade numérique de la gendarmerie',
    summary:
      'Contacter la gendarmerie par tchat, 24 h/24 et 7 j/7, depuis un ordinateur, une tablette ou un téléphone, pour toute question non urgente sur la sécurité du quotidien.',
    description: [
      'Inaugurée le 27 février 2018, la **brigade numérique** de la gendarmerie nationale est composée de gendarmes spécialement formés à l’accueil à distance. Elle est accessible en plusieurs langues, et ses gendarmes peuvent utiliser le français facile à lire et à comprendre (FALC).',
      'Pour la contacter, rendez-vous sur le site de la gendarmerie nationale et cliquez sur la bulle de tchat. À son lancement, elle était aussi joignable par messages privés sur les comptes Facebook et Twitter de la gendarmerie.',
      'Elle ne traite pas les urgences : appelez le 17 ou le 112, ou envoyez un SMS au 114 si vous êtes sourd ou malentendant.',
    ].join('\n\n'),
    url: 'https://www.gendarmerie.interieur.gouv.fr',
    category: 'contact',
    audience: 'Toute personne qui souhaite joindre la gendarmerie pour une question non urgente.',
    audiences: ['everyone'],
    covers: 'Questions sur la sécurité du quotidien, renseignements et orientation dans les démarches.',
    excludes: 'Les urgences : 17, 112 ou SMS au 114.',
    channels: [
      {
        kind: 'chat',
        target: 'https://www.gendarmerie.interieur.gouv.fr',
        availability: 'always',
        hours: '24/7',
        note: 'Bulle de tchat sur le site de la gendarmerie nationale.',
      },
    ],
    operator: 'gendarmerie',
    coverage: { scope: 'national' },
    status: 'active',
    en: {
      name: 'Gendarmerie digital brigade (Brigade numérique)',
      summary:
        'Contact the gendarmerie by chat, 24/7, from a computer, tablet or phone, for any non-urgent everyday security question.',
      audience: 'Anyone who wants to reach the gendarmerie about a non-urgent matter.',
      covers: 'Everyday security questions, information and guidance on procedures.',
      excludes: 'Emergencies: 17, 112 or text 114.',
    },
  },

  // Source: https://avenir-gendarmerie.org/index.php/2019/07/05/gendarmerie-2-0-experimentation-des-prises-de-rendez-vous-en-ligne
  // (relays the DGGN's announcement of the experiment in the Ille-et-Vilaine and Loiret groupements)
  // Coverage is the one of the experiment (departments 35 and 45). Later extensions were mentioned by local
  // press but not confirmed by an official source, so they are not modelled here.
  {
    slug: 'rendez-vous-gendarmerie',
    name: 'Prise de rendez-vous en ligne en brigade de gendarmerie',
    summary:
      'Réserver en ligne un rendez-vous dans une brigade de gendarmerie, service proposé d’abord à titre expérimental en Ille-et-Vilaine et dans le Loiret.',
    description: [
      'Pour que les usagers n’aient plus à se présenter uniquement aux heures d’ouverture de la brigade, la gendarmerie propose la prise de rendez-vous en ligne, ouverte 24 h/24 et 7 j/7.',
      'Le service a été développé par la Direction générale de la gendarmerie nationale avec la DILA (Service-Public.fr). Il a d’abord été expérimenté à partir du 27 mai 2019 dans les brigades territoriales et certaines unités de sécurité routière des groupements d’Ille-et-Vilaine (35) et du Loiret (45).',
    ].join('\n\n'),
    url: 'https://lannuaire.service-public.fr',
    category: 'appointment',
    audience: 'Usagers qui doivent se rendre dans une brigade de gendarmerie des départements concernés.',
    audiences: ['everyone'],
    channels: [
      {
        kind: 'web',
        target: 'https://lannuaire.service-public.fr',
        availability: 'always',
        note: 'Réservation en ligne depuis la fiche de la brigade sur l’Annuaire de l’administration.',
      },
    ],
    languages: ['fr'],
    operator: 'gendarmerie',
    coverage: { scope: 'departments', departments: ['35', '45'] },
    status: 'active',
    en: {
      name: 'Online appointments at gendarmerie units',
      summary: 'Book an appointment online at a gendarmerie unit, a service first offered as a trial in Ille-et-Vilaine and Loiret.',
      audience: 'People who need to visit a gendarmerie unit in the departments concerned.',
    },
  },

  // Source: https://www.cher.gouv.fr/Actions-de-l-Etat/Securite/Prevention-radicalisation/Pour-eviter-de-nouveaux-drames-soyons-vigilants
  // Source: https://www.maine-et-loire.gouv.fr/Actions-de-l-Etat/Securite-et-protection-des-personnes-et-des-biens/Prevention-de-la-radicalisation/Signaler-un-cas-de-radicalisation
  {
    slug: 'stop-djihadisme',
    name: 'Stop-djihadisme : signaler une situation de radicalisation',
    summary:
      'Un numéro vert gratuit, en semaine de 9 h à 18 h, et un formulaire en ligne pour signaler la radicalisation d’un proche et être écouté, conseillé et orienté.',
    description: [
      'Le site **stop-djihadisme.gouv.fr**, créé le 29 avril 2014, aide à comprendre la propagande djihadiste et à réagir. Le numéro vert du centre national d’assistance et de prévention de la radicalisation offre écoute, conseils et orientation.',
      '- Numéro vert **0 800 005 696**, appel gratuit, du lundi au vendredi de 9 h à 18 h (heure de Paris). Les départements et collectivités d’outre-mer sont couverts.\n- En dehors de ces horaires, un formulaire en ligne permet de faire un signalement.\n- Si la situation est jugée préoccupante, la personne signalée et sa famille bénéficient d’un accompagnement adapté.',
      'En cas d’urgence, par exemple pour s’opposer à un départ imminent, adressez-vous directement au commissariat ou à la brigade de gendarmerie.',
    ].join('\n\n'),
    url: 'https://www.stop-djihadisme.gouv.fr',
    category: 'report',
    audience: 'Familles, proches et toute personne inquiète de la radicalisation de quelqu’un de son entourage.',
    audiences: ['witnesses'],
    covers: 'Signalement de comportements faisant craindre une radicalisation, écoute, conseils et orientation.',
    excludes: 'Les urgences : commissariat, brigade de gendarmerie ou 17.',
    channels: [
      {
        kind: 'phone',
        target: '0 800 005 696',
        availability: 'office-hours',
        hours: 'Mo-Fr 09:00-18:00',
        note: 'Numéro vert, appel gratuit, du lundi au vendredi de 9 h à 18 h (heure de Paris).',
      },
      {
        kind: 'form',
        target: 'https://www.interieur.gouv.fr/contact/signaler-personne-radicalisee',
        availability: 'outside-office-hours',
        note: 'Formulaire de signalement en ligne, en dehors des heures d’ouverture du numéro vert.',
      },
      {
        kind: 'web',
        target: 'https://www.stop-djihadisme.gouv.fr',
        availability: 'always',
        note: 'Informations pour repérer les signes de radicalisation et réagir.',
      },
    ],
    languages: ['fr'],
    operator: 'ministry',
    coverage: { scope: 'national' },
    status: 'active',
    en: {
      name: 'Stop-djihadisme: reporting radicalisation',
      summary:
        'A free phone line, on weekdays from 9 am to 6 pm, and an online form to report the radicalisation of someone close and get support, advice and guidance.',
      audience: 'Families, relatives and anyone worried about the radicalisation of someone around them.',
      covers: 'Reporting behaviour suggesting radicalisation, listening, advice and guidance.',
      excludes: 'Emergencies: police station, gendarmerie or 17.',
    },
  },

  // Source: https://pubt.io/view/9A5DDBA6B6DE6523829265F5821004E2244F4531
  // (copy of the Prime Minister's page "Narcotrafic : vos questions, nos réponses", 25 July 2025; the original
  // gouvernement.fr address was not verified)
  // Source: https://www.lci.fr/societe/trafic-de-drogues-une-plateforme-permet-desormais-de-signaler-a-la-police-un-point-de-deal-2179775.html (launch in March 2021)
  {
    slug: 'signalement-trafic-stupefiants',
    name: 'Signalement anonyme des points de deal et du trafic de stupéfiants',
    summary:
      'Signaler anonymement un trafic de stupéfiants depuis Ma Sécurité : vous échangez avec un policier ou un gendarme et votre signalement est transmis aux services spécialisés.',
    description: [
      'Ouverte en mars 2021 sur les plateformes numériques de la police et de la gendarmerie, la plateforme de signalement des points de deal est aujourd’hui accessible sur **Ma Sécurité**, rubrique « Démarches en ligne ».',
      '- Le signalement peut être anonyme.\n- Vous êtes mis en relation avec un policier ou un gendarme.\n- Votre signalement est transmis aux services spécialisés.',
      'Vous pouvez aussi signaler toute suspicion de trafic en appelant le 17 ou le 112.',
    ].join('\n\n'),
    url: 'https://www.masecurite.interieur.gouv.fr',
    category: 'report',
    audience: 'Toute personne témoin d’un trafic de stupéfiants.',
    audiences: ['witnesses'],
    covers: 'Points de deal et autres faits liés au trafic de stupéfiants.',
    channels: [
      {
        kind: 'chat',
        target: 'https://www.masecurite.interieur.gouv.fr',
        availability: 'always',
        note: 'Rubrique « Démarches en ligne » de Ma Sécurité ; signalement anonyme possible.',
      },
      {
        kind: 'phone',
        target: '17',
        availability: 'always',
        note: 'Police-secours, pour signaler une suspicion de trafic.',
      },
    ],
    languages: ['fr'],
    operator: 'both',
    coverage: { scope: 'national' },
    status: 'active',
    en: {
      name: 'Anonymous reporting of drug-dealing spots and drug trafficking',
      summary:
        'Report drug trafficking anonymously from Ma Sécurité: you chat with a police officer or gendarme and your report is passed on to specialised services.',
      audience: 'Anyone who witnesses drug trafficking.',
      covers: 'Drug-dealing spots and other facts linked to drug trafficking.',
    },
  },
]

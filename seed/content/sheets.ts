import type { SheetSeed } from '../types'

/**
 * Demo content: practical sheets pointing to the services in ./services.ts.
 *
 * Every fact comes from the official page(s) listed in `sources` and in the `// Source:` comment
 * above the sheet. `lastSignificantUpdate` is the date of the latest change of substance found in
 * those sources; `reviewDueDate` is one year later.
 */
export const sheets: SheetSeed[] = [
  // Source: https://www.cybermalveillance.gouv.fr (diagnostic « Hameçonnage »)
  // Source: https://www.service-public.fr/particuliers/vosdroits/F47157
  // Source: https://www.service-public.fr/P10100
  // Source: https://mobile.interieur.gouv.fr/Archives/Archives-de-la-rubrique-Ma-securite/Que-faire-en-cas-d-escroquerie-ou-de-cyberattaque
  // Source: https://www.interieur.gouv.fr/actualites/actualites-du-ministere/victime-de-cybermalveillance-rendez-vous-sur-17cybergouvfr
  {
    slug: 'arnaques-en-ligne-preuves',
    title: 'Arnaque en ligne : les bons réflexes et les preuves à garder',
    themes: ['cybercrime', 'victims'],
    summary:
      'Faux site de vente, petite annonce piégée, compte piraté, chantage : que faire tout de suite, quelles preuves conserver et où porter plainte ou signaler les faits.',
    body: `## Les premiers réflexes

- Si vous avez communiqué vos coordonnées bancaires ou constaté des débits frauduleux, **faites immédiatement opposition** auprès de votre banque.
- Si vous avez communiqué un mot de passe, changez-le tout de suite, ainsi que sur tous les autres services où vous l'utilisiez.
- Ne cliquez pas sur les liens ni sur les pièces jointes d'un message douteux.
- En cas de doute sur un message ou un appel, contactez directement l'organisme dont il se réclame.

## Les preuves à conserver

Gardez tout ce qui peut aider les enquêteurs à identifier l'escroc :

- le message frauduleux reçu (courriel, SMS) ;
- les références des transferts d'argent effectués ;
- les coordonnées utilisées par l'escroc : adresse de messagerie, pseudos, numéros de téléphone ;
- la copie des messages échangés ;
- le relevé de compte où apparaît le débit frauduleux ;
- des captures d'écran de ce que vous voyez.

## Où s'adresser

- **17Cyber** établit un diagnostic de votre situation, donne des conseils et, si les faits sont graves, vous met en relation avec un policier ou un gendarme.
- **THESEE** permet de porter plainte en ligne (avec FranceConnect) ou de faire un signalement pour les arnaques sur internet : faux site de vente, petite annonce, fausse location, piratage de compte avec demande d'argent, chantage, rançongiciel, arnaque aux sentiments. Le signalement peut être anonyme, mais vous ne serez pas informé des suites et ne pourrez pas demander d'indemnisation.
- Des achats en ligne avec votre carte, que vous avez toujours ? Signalez-les sur **PERCEVAL**.
- Un contenu illicite publié sur internet ? Signalez-le sur **PHAROS**.

Vous pouvez toujours porter plainte dans un commissariat ou une brigade de gendarmerie, ou écrire au procureur de la République.`,
    services: ['17-cyber', 'thesee', 'perceval', 'pharos'],
    relatedSheets: ['fraude-carte-bancaire', 'porter-plainte'],
    audience: ['everyone', 'victims'],
    sources: [
      { title: 'Cybermalveillance.gouv.fr – assistance et prévention du risque numérique', url: 'https://www.cybermalveillance.gouv.fr' },
      { title: 'Service-Public.fr – Fraude liée à un achat sur internet', url: 'https://www.service-public.fr/particuliers/vosdroits/F47157' },
      { title: 'Service-Public.fr – Arnaque sur internet (THESEE) : questions-réponses', url: 'https://www.service-public.fr/P10100' },
      {
        title: 'Ministère de l’Intérieur – Victime de cybermalveillance ? Rendez-vous sur 17Cyber.gouv.fr',
        url: 'https://www.interieur.gouv.fr/actualites/actualites-du-ministere/victime-de-cybermalveillance-rendez-vous-sur-17cybergouvfr',
      },
    ],
    lastSignificantUpdate: '2024-12-17',
    reviewDueDate: '2025-12-17',
    en: {
      title: 'Online scams: what to do first and which evidence to keep',
      summary:
        'Fake online shop, rigged classified ad, hacked account, blackmail: what to do straight away, which evidence to keep and where to file a complaint or a report.',
    },
  },

  // Source: https://www.moncommissariat.interieur.gouv.fr/fr/demarches/perceval
  // Source: https://www.gironde.gouv.fr/index.php/Actualites/Breves/Perceval-un-service-pour-signaler-en-ligne-une-fraude-a-la-carte-bancaire
  // Source: https://plainte-en-ligne.masecurite.interieur.gouv.fr/faq
  {
    slug: 'fraude-carte-bancaire',
    title: 'Fraude à la carte bancaire : que faire ?',
    themes: ['bank-fraud', 'cybercrime'],
    summary:
      'Des achats que vous n’avez pas faits apparaissent sur votre compte ? Faites opposition, puis signalez la fraude sur PERCEVAL si vous avez toujours votre carte, ou portez plainte si elle a été volée.',
    body: `## D'abord : faire opposition

Dès que vous repérez une opération que vous n'avez pas faite, **faites opposition** à votre carte auprès de votre banque. Notez le numéro d'opposition : il vous sera demandé ensuite.

## Vous avez toujours votre carte : PERCEVAL

Le service en ligne PERCEVAL recueille les signalements de fraude à la carte bancaire sur internet. Vous pouvez l'utiliser si :

- vous êtes toujours en possession de votre carte ;
- vous n'êtes pas à l'origine des achats en ligne ;
- vous avez déjà fait opposition.

Préparez le numéro d'opposition, le numéro de votre carte et les relevés où apparaissent les achats frauduleux, puis identifiez-vous avec FranceConnect.

À la fin, vous recevez un **récépissé** par courriel ; il est aussi disponible dans votre espace Service-Public.fr, rubrique « mes documents ». Conservez-le : il facilite votre demande de remboursement auprès de votre banque.

## Votre carte a été volée

PERCEVAL ne s'applique pas. Déposez plainte :

- si vous ne connaissez pas l'auteur du vol, vous pouvez porter plainte en ligne : la **plainte en ligne** couvre le vol d'une carte bancaire suivi d'utilisations frauduleuses ;
- si vous connaissez l'auteur, rendez-vous dans un commissariat ou une brigade de gendarmerie.

## Pour limiter les risques

- Ne répondez pas à un courriel qui vous demande vos numéros de carte.
- N'écrivez pas vos numéros de carte dans un courriel, même adressé à un proche.
- Tenez à jour vos outils informatiques (antivirus, navigateur).`,
    services: ['perceval', 'plainte-en-ligne'],
    relatedSheets: ['arnaques-en-ligne-preuves', 'porter-plainte'],
    audience: ['everyone', 'victims'],
    sources: [
      { title: 'Ma Sécurité – Signaler une fraude à la carte bancaire (Perceval)', url: 'https://www.moncommissariat.interieur.gouv.fr/fr/demarches/perceval' },
      { title: 'Service-Public.fr – Signaler une fraude à la carte bancaire (Perceval)', url: 'https://www.service-public.fr/particuliers/vosdroits/R46526' },
      { title: 'Plainte en ligne – centre d’aide', url: 'https://plainte-en-ligne.masecurite.interieur.gouv.fr/faq' },
      {
        title: 'Préfecture de la Gironde – Perceval, un service pour signaler en ligne une fraude à la carte bancaire',
        url: 'https://www.gironde.gouv.fr/index.php/Actualites/Breves/Perceval-un-service-pour-signaler-en-ligne-une-fraude-a-la-carte-bancaire',
      },
    ],
    lastSignificantUpdate: '2024-10-15',
    reviewDueDate: '2025-10-15',
    en: {
      title: 'Bank card fraud: what to do',
      summary:
        'Purchases you did not make show up on your account? Block your card, then report the fraud on PERCEVAL if you still have the card, or file a complaint if it was stolen.',
    },
  },

  // Source: https://masecurite.interieur.gouv.fr/fr/demarches-en-ligne/portail-signalement-violences-sexuelles-sexistes
  // Source: https://masecurite.interieur.gouv.fr/fr/actualites/plateforme-accompagnement-victimes-sauve-des-vies
  // Source: https://arretonslesviolences.gouv.fr
  // Source: https://www.tf1info.fr/societe/journee-internationale-de-lutte-conte-les-violences-faites-aux-femmes-ces-numeros-de-telephone-utiles-qu-il-faut-connaitre-2277414.html (3919)
  // Source: https://assiste.com/Porter_plainte.html (reproduces Service-Public.fr: « La réception de la plainte ne peut pas vous être refusée »)
  {
    slug: 'violences-conjugales-sexuelles',
    title: 'Violences conjugales, sexuelles ou sexistes : être écouté et accompagné',
    themes: ['violence', 'victims'],
    summary:
      'Victime, proche ou témoin de violences conjugales, sexuelles ou sexistes : les numéros à connaître et le tchat anonyme avec des policiers et des gendarmes formés, ouvert jour et nuit.',
    body: `## En cas de danger immédiat

- Appelez le **17** (police-secours) ou le **112**.
- Si vous ne pouvez pas parler, envoyez un SMS au **114**.

## Échanger par écrit avec un policier ou un gendarme

La **plateforme numérique d'accompagnement des victimes (PNAV)** est un tchat gratuit et anonyme, ouvert 24 h/24 et 7 j/7. Il s'adresse aux victimes de violences sexuelles, sexistes ou conjugales, mineures ou majeures, mais aussi à leurs proches, aux témoins et aux professionnels.

- Vous échangez avec un policier ou un gendarme spécialement formé à ces violences.
- Vous gardez le même interlocuteur pendant toute la conversation.
- Vous pouvez quitter le tchat à tout moment : l'historique est effacé.
- Si vous êtes prêt, vous êtes orienté vers le service de police ou de gendarmerie compétent, qui vous recontacte pour prendre votre plainte ou vous entendre.
- Vous pouvez aussi être orienté vers la justice, les associations d'aide aux victimes, des psychologues ou des structures d'information juridique.

La PNAV est accessible depuis Ma Sécurité et depuis arretonslesviolences.gouv.fr.

## D'autres numéros utiles

- **3919** : écoute et orientation des femmes victimes de violences, de leur entourage et des professionnels ; appel anonyme et gratuit.
- **119** : enfants en danger.
- **116 006** : aide aux victimes (France Victimes).

## Porter plainte

Vous pouvez porter plainte dans un commissariat de police ou une brigade de gendarmerie : la réception de la plainte ne peut pas vous être refusée. Le tchat de la PNAV peut vous aider à préparer cette démarche.`,
    services: ['pnav', 'tchat-ma-securite'],
    relatedSheets: ['porter-plainte', 'cyberharcelement-scolaire'],
    audience: ['victims', 'everyone'],
    sources: [
      {
        title: 'Ma Sécurité – Plateforme numérique d’accompagnement des victimes',
        url: 'https://masecurite.interieur.gouv.fr/fr/demarches-en-ligne/portail-signalement-violences-sexuelles-sexistes',
      },
      {
        title: 'Ma Sécurité – La plateforme numérique d’accompagnement des victimes sauve des vies',
        url: 'https://masecurite.interieur.gouv.fr/fr/actualites/plateforme-accompagnement-victimes-sauve-des-vies',
      },
      { title: 'Arrêtons les violences', url: 'https://arretonslesviolences.gouv.fr' },
    ],
    lastSignificantUpdate: '2025-01-15',
    reviewDueDate: '2026-01-15',
    en: {
      title: 'Domestic, sexual or sexist violence: getting support',
      summary:
        'Victim, relative or witness of domestic, sexual or sexist violence: the numbers to know and the anonymous chat with trained police officers and gendarmes, open day and night.',
    },
  },

  // Source: https://masecurite.interieur.gouv.fr/fr/actualites/plateforme-accompagnement-victimes-sauve-des-vies
  // Source: https://www.service-public.fr/particuliers/vosdroits/R17674
  // Source: https://www.3018.fr (association e-Enfance)
  // Source: https://mairie-villetaneuse.fr/actualites/le-3018-un-numero-gratuit-et-une-app-pour-les-victimes-de-cyberharcelement (3018 services)
  {
    slug: 'cyberharcelement-scolaire',
    title: 'Harcèlement scolaire et cyberharcèlement : réagir et se faire aider',
    themes: ['harassment', 'cybercrime', 'victims'],
    summary:
      'Quand le harcèlement entre élèves se prolonge sur les réseaux sociaux : garder les preuves, ne pas partager, et savoir qui contacter, du 3018 aux policiers de la PNAV.',
    body: `## Garder les preuves, ne pas partager

- Conservez les preuves : captures d'écran, photos, liens (adresses URL) des publications.
- Ne partagez pas un contenu humiliant ou menaçant, même pour le dénoncer : signalez-le.

## Qui contacter

- **3018** : le numéro national, gratuit, anonyme et confidentiel, pour les victimes de harcèlement et de violences numériques (cyberharcèlement, diffusion d'images intimes, chantage, usurpation d'identité…). Il est aussi joignable par tchat et par l'application 3018, qui permet de stocker les preuves dans un espace sécurisé.
- **PNAV** : le tchat de la plateforme numérique d'accompagnement des victimes, ouvert 24 h/24 et 7 j/7, accueille les victimes et les témoins de cyberharcèlement, y compris lorsqu'il s'agit de harcèlement scolaire qui se poursuit sur les réseaux sociaux. Des policiers formés répondent par écrit et orientent vers les démarches adaptées.
- **PHAROS** : pour signaler un contenu **public** illicite (menaces, incitation à la haine…). PHAROS ne traite pas les messages privés échangés avec une personne que vous connaissez.
- **17Cyber** : pour un diagnostic en ligne et des conseils lorsque les faits passent par internet (piratage de compte, chantage, menaces…).

## Porter plainte

Le cyberharcèlement est un délit. Toute victime, y compris mineure, peut porter plainte dans un commissariat ou une brigade de gendarmerie.

## En cas d'urgence

- Danger immédiat : **17** ou **112**.
- Enfant en danger : **119**.`,
    services: ['pnav', 'pharos', '17-cyber'],
    relatedSheets: ['violences-conjugales-sexuelles', 'discriminations-que-faire'],
    audience: ['parents', 'young-people', 'professionals'],
    sources: [
      {
        title: 'Ma Sécurité – La plateforme numérique d’accompagnement des victimes sauve des vies',
        url: 'https://masecurite.interieur.gouv.fr/fr/actualites/plateforme-accompagnement-victimes-sauve-des-vies',
      },
      { title: 'Service-Public.fr – Signaler un contenu internet illégal (Pharos)', url: 'https://www.service-public.fr/particuliers/vosdroits/R17674' },
      { title: '3018 – Association e-Enfance', url: 'https://www.3018.fr' },
    ],
    lastSignificantUpdate: '2024-11-26',
    reviewDueDate: '2025-11-26',
    en: {
      title: 'School bullying and cyber-harassment: reacting and getting help',
      summary:
        'When bullying between pupils continues on social media: keep the evidence, do not share, and know whom to contact, from the 3018 line to the PNAV police officers.',
    },
  },

  // Source: https://plainte-en-ligne.masecurite.interieur.gouv.fr/faq
  // Source: https://www.service-public.fr/particuliers/vosdroits/F47157
  // Source: https://www.service-public.fr/P10100
  // Source: https://www.pandore-gendarmerie.org/plainte-en-ligne-un-an-un-million-declarations (burglary: do not touch anything)
  {
    slug: 'porter-plainte',
    title: 'Porter plainte : en ligne, sur rendez-vous ou au guichet',
    themes: ['complaint', 'victims'],
    summary:
      'Vol, cambriolage, arnaque sur internet, violences : les différentes façons de porter plainte, en ligne ou en vous déplaçant, et comment choisir.',
    body: `## Qu'est-ce qu'une plainte ?

La plainte est l'acte par lequel la victime d'une infraction en informe l'autorité judiciaire. En portant plainte, vous donnez votre identité ; les enquêteurs peuvent vous contacter, et vous pouvez demander l'indemnisation de votre préjudice et être informé des suites. Si vous ne connaissez pas l'auteur, la plainte est déposée contre X.

## Porter plainte en ligne

- **Atteinte aux biens, auteur inconnu** (vol, cambriolage, dégradation, délit de fuite, escroquerie hors internet, vol de carte bancaire suivi d'utilisations frauduleuses) : utilisez la **plainte en ligne** sur Ma Sécurité, après identification avec FranceConnect. Elle remplace depuis le 15 octobre 2024 la pré-plainte en ligne, qui obligeait à signer ensuite sa plainte au commissariat ou à la brigade.
- **Arnaque sur internet** (faux site de vente, petite annonce, chantage, rançongiciel…) : utilisez **THESEE**. Même en ligne, vous pouvez demander à rencontrer un enquêteur.

Un policier ou un gendarme examine votre déclaration et peut vous recontacter pour la compléter.

## Porter plainte en vous déplaçant

Pour les violences et les faits dont l'auteur est connu, rendez-vous dans un commissariat de police ou une brigade de gendarmerie. Votre plainte ne peut pas être refusée.

- Certains commissariats proposent des **rendez-vous en ligne** depuis Ma Sécurité.
- La gendarmerie propose aussi la prise de rendez-vous en ligne, expérimentée d'abord en Ille-et-Vilaine et dans le Loiret.

Vous pouvez aussi écrire directement au procureur de la République.

## Conseils pratiques

- En cas de cambriolage, ne touchez à rien sur place, pour préserver les traces et indices.
- Victime de violences, vous hésitez ? Le tchat de la **PNAV** vous aide à préparer votre démarche.
- Urgence : **17** ou **112**.`,
    services: ['plainte-en-ligne', 'thesee', 'rendez-vous-commissariat', 'rendez-vous-gendarmerie', 'pnav', 'pre-plainte-en-ligne'],
    relatedSheets: ['arnaques-en-ligne-preuves', 'fraude-carte-bancaire', 'violences-conjugales-sexuelles'],
    audience: ['everyone', 'victims'],
    sources: [
      { title: 'Plainte en ligne – centre d’aide', url: 'https://plainte-en-ligne.masecurite.interieur.gouv.fr/faq' },
      { title: 'Service-Public.fr – Fraude liée à un achat sur internet', url: 'https://www.service-public.fr/particuliers/vosdroits/F47157' },
      { title: 'Service-Public.fr – Arnaque sur internet (THESEE) : questions-réponses', url: 'https://www.service-public.fr/P10100' },
      { title: 'Ma Sécurité', url: 'https://www.masecurite.interieur.gouv.fr' },
    ],
    lastSignificantUpdate: '2024-10-15',
    reviewDueDate: '2025-10-15',
    en: {
      title: 'Filing a complaint: online, by appointment or at the desk',
      summary:
        'Theft, burglary, internet scam, violence: the different ways to file a complaint, online or in person, and how to choose.',
    },
  },

  // Source: https://www.service-public.fr/particuliers/vosdroits/F34634
  // Source: https://www.service-public.fr/particuliers/vosdroits/R43241
  // Source: https://aniche.fr/actualites/nouvelles/2024-mars/7841-loperation-tranquillite-vacances (do not post departure dates on social media)
  // Source: https://www.pandore-gendarmerie.org/plainte-en-ligne-un-an-un-million-declarations (burglary: do not touch anything)
  {
    slug: 'operation-tranquillite-vacances',
    title: 'Faire surveiller son logement pendant les vacances',
    themes: ['home-security'],
    summary:
      'Avec l’opération tranquillité vacances, la police ou la gendarmerie surveille votre logement pendant votre absence. Inscription en ligne ou sur place, dans les délais.',
    body: `## Le principe

Vous partez ? Inscrivez-vous à l'**opération tranquillité vacances (OTV)**. Les services de police ou de gendarmerie surveillent alors votre logement : des patrouilles passent aux abords de votre domicile et vous êtes prévenu en cas d'anomalie (dégradation, cambriolage…).

L'opération est possible en France métropolitaine et dans les départements et régions d'outre-mer.

## Comment s'inscrire

- **En ligne**, avec FranceConnect. Le service en ligne détermine si votre logement dépend de la police ou de la gendarmerie. Aucun justificatif n'est demandé.
- **Sur place**, au commissariat de police ou à la brigade de gendarmerie.

## Les délais à respecter

- Logement en zone **police** : inscription au plus tard **3 jours** avant le départ.
- Logement en zone **gendarmerie** : inscription au plus tard **la veille** du départ.

## Modifier ou annuler

Certains éléments peuvent être modifiés, par exemple un changement dans l'accès au logement. Pour changer vos dates d'absence, il faut annuler votre demande et en déposer une nouvelle. La modification et l'annulation se font uniquement en vous rendant à la brigade de gendarmerie ou au commissariat de police.

## Avant de partir

- Évitez d'annoncer vos dates d'absence sur les réseaux sociaux.
- En cas de cambriolage constaté à votre retour, appelez le **17** et ne touchez à rien avant l'arrivée des forces de l'ordre.`,
    services: ['operation-tranquillite-vacances'],
    relatedSheets: ['porter-plainte'],
    audience: ['everyone'],
    sources: [
      {
        title: 'Service-Public.fr – Comment s’inscrire à l’opération tranquillité vacances (OTV) ?',
        url: 'https://www.service-public.fr/particuliers/vosdroits/F34634',
      },
      {
        title: 'Service-Public.fr – S’inscrire à l’opération tranquillité vacances (service en ligne)',
        url: 'https://www.service-public.fr/particuliers/vosdroits/R43241',
      },
    ],
    lastSignificantUpdate: '2023-06-14',
    reviewDueDate: '2024-06-14',
    en: {
      title: 'Having your home watched while on holiday',
      summary:
        'With the holiday home watch scheme, the police or gendarmerie keep an eye on your home while you are away. Sign up online or in person, in time.',
    },
  },

  // Source: https://www.maprocuration.gouv.fr
  // Source: https://www.service-public.fr/particuliers/vosdroits/F1604
  // Source: https://www.lagazettedescommunes.com/785248/vote-par-procuration-les-nouvelles-regles-applicables/ (since 1 January 2022)
  // Source: https://www.maire-info.com/%C3%89lections/lections-tout-ce-que-les-maires-doivent-savoir-sur-les-procurations-article-25201 (number of proxies)
  // Source: https://www.commentcamarche.net/applis-sites/services-en-ligne/36199-procuration-en-ligne/ (relays the ministry's November 2025 announcement)
  // Source: https://www.numerama.com/politique/701805-vous-pouvez-faire-une-demande-de-procuration-en-ligne.html (maprocuration.gouv.fr since 6 April 2021)
  // Source: https://www.tf1info.fr/politique/elections-europeennes-2024-maprocuration-il-sera-possible-de-faire-une-procuration-sans-se-deplacer-en-commissariat-2281348.html (identity check)
  // Source: https://rcf.fr/articles/actualite/legislatives-2024-comment-faire-une-procuration-sans-se-deplacer (proxies at home)
  {
    slug: 'procuration-de-vote',
    title: 'Voter par procuration',
    themes: ['elections'],
    summary:
      'Absent le jour du vote ? Confiez votre vote à un autre électeur. La demande se fait sur maprocuration.gouv.fr, puis l’identité est vérifiée en commissariat, en brigade ou en ligne.',
    body: `## Le principe

Le vote par procuration permet à un électeur absent le jour du scrutin (le **mandant**) de confier son vote à un autre électeur (le **mandataire**). Aucun justificatif d'absence n'est demandé.

Depuis le 1er janvier 2022, le mandataire peut être inscrit sur les listes électorales d'une **autre commune** que la vôtre. Mais il doit voter dans **votre** bureau de vote.

Un mandataire peut détenir au maximum deux procurations, dont une seule établie en France.

## Faire la demande

- **En ligne** sur **maprocuration.gouv.fr**, service ouvert depuis avril 2021, avec FranceConnect.
- **Sur papier**, avec le formulaire officiel.

## Faire vérifier son identité

Après une demande en ligne, vous devez en principe vous présenter dans un **commissariat de police** ou une **brigade de gendarmerie** (ou un autre lieu habilité, comme un consulat à l'étranger) avec un justificatif d'identité et la référence de votre demande.

Si vous disposez d'une identité numérique certifiée avec l'application **France Identité**, la démarche peut être faite entièrement en ligne, sans vous déplacer : le ministère de l'Intérieur a annoncé en novembre 2025 la généralisation de cette possibilité à tous les scrutins.

Si vous ne pouvez pas vous déplacer, par exemple pour des raisons de santé, les policiers ou les gendarmes peuvent venir à domicile pour établir la procuration.

## Une question ?

Le tchat **Ma Sécurité** et la **brigade numérique** de la gendarmerie répondent aux questions sur les procurations. N'attendez pas le dernier moment pour faire votre démarche.`,
    services: ['tchat-ma-securite', 'brigade-numerique'],
    audience: ['everyone'],
    sources: [
      { title: 'Ma procuration', url: 'https://www.maprocuration.gouv.fr' },
      { title: 'Service-Public.fr – Vote par procuration', url: 'https://www.service-public.fr/particuliers/vosdroits/F1604' },
    ],
    lastSignificantUpdate: '2025-11-10',
    reviewDueDate: '2026-11-10',
    en: {
      title: 'Voting by proxy',
      summary:
        'Away on election day? Entrust your vote to another voter. Apply on maprocuration.gouv.fr, then have your identity checked at a police station, a gendarmerie unit or online.',
    },
  },

  // Source: https://www.securite-routiere.gouv.fr/reglementation-liee-aux-modes-de-deplacements/sanctions-relatives-aux-vehicules/mise-en-fourriere
  // Source: https://www.service-public.fr/particuliers/vosdroits/F12918
  // Source: https://www.service-public.fr/particuliers/vosdroits/F34232
  {
    slug: 'vehicule-fourriere',
    title: 'Véhicule mis en fourrière : le retrouver, le récupérer, contester',
    themes: ['vehicles'],
    summary:
      'Votre véhicule a disparu de sa place de stationnement ? Vérifiez s’il a été mis en fourrière, puis récupérez-le ou contestez la décision dans les délais.',
    body: `## Pourquoi un véhicule est mis en fourrière

La mise en fourrière peut être décidée pour certaines infractions au code de la route, notamment :

- un arrêt ou un stationnement dangereux, gênant ou abusif ;
- un véhicule qui gêne ou empêche la circulation ;
- le non-respect des obligations de contrôle technique ;
- un véhicule immobilisé dont l'infraction n'a pas cessé après 48 heures ;
- une infraction pouvant entraîner la confiscation du véhicule.

Avant l'enlèvement, les forces de l'ordre vérifient si le véhicule a été volé.

## Retrouver son véhicule

Le jour de l'enlèvement, si vous n'étiez pas présent, adressez-vous au **commissariat ou à la brigade de gendarmerie la plus proche** du lieu où le véhicule était garé : on vous dira s'il a été enlevé et dans quelle fourrière.

Si vous êtes absent plusieurs jours, la notification de mise en fourrière vous est envoyée par **lettre recommandée avec accusé de réception** dans les 5 jours ouvrables. Elle indique notamment l'adresse de la fourrière, le motif, les frais à payer, le délai pour retirer le véhicule et les voies de recours.

## Contester

La notification indique à qui adresser votre recours :

- au **procureur de la République** du lieu de l'enlèvement (par exemple pour un stationnement gênant) ;
- ou au **préfet** (par exemple pour un excès de vitesse).

L'autorité saisie confirme la mise en fourrière ou ordonne la mainlevée dans les **5 jours ouvrables**. Si vous obtenez une décision de relaxe, vous pouvez demander le remboursement des frais d'enlèvement et de garde dans les **6 mois**.

## Une question ?

Le tchat **Ma Sécurité** répond aux questions sur la fourrière, tout comme la **brigade numérique** de la gendarmerie.`,
    services: ['tchat-ma-securite', 'brigade-numerique'],
    relatedSheets: ['points-permis-de-conduire'],
    audience: ['everyone'],
    sources: [
      {
        title: 'Sécurité routière – Mise en fourrière du véhicule',
        url: 'https://www.securite-routiere.gouv.fr/reglementation-liee-aux-modes-de-deplacements/sanctions-relatives-aux-vehicules/mise-en-fourriere',
      },
      { title: 'Service-Public.fr – Mise en fourrière du véhicule', url: 'https://www.service-public.fr/particuliers/vosdroits/F12918' },
      {
        title: 'Service-Public.fr – Mise en fourrière : comment contester et se faire rembourser ?',
        url: 'https://www.service-public.fr/particuliers/vosdroits/F34232',
      },
    ],
    lastSignificantUpdate: '2022-03-10',
    reviewDueDate: '2023-03-10',
    en: {
      title: 'Impounded vehicle: finding it, getting it back, appealing',
      summary:
        'Your vehicle is no longer where you parked it? Check whether it was impounded, then get it back or appeal the decision in time.',
    },
  },

  // Source: https://pubt.io/view/9A5DDBA6B6DE6523829265F5821004E2244F4531 (copy of the Prime Minister's page "Narcotrafic : vos questions, nos réponses", 25 July 2025)
  // Source: https://www.service-public.fr/particuliers/vosdroits/R17674 (PHAROS: drug trafficking content)
  // Source: https://limportant.fr/529651 (RMC: what the officers ask for) and https://fr.news.yahoo.com/signalement-points-deal-stup%C3%A9fiant-succ%C3%A8s-093755247.html (JDD: examples of useful reports)
  {
    slug: 'signaler-trafic-stupefiants',
    title: 'Signaler un point de deal ou un trafic de stupéfiants',
    themes: ['drugs'],
    summary:
      'Témoin d’un trafic de drogue près de chez vous ? Vous pouvez le signaler anonymement sur Ma Sécurité, où un policier ou un gendarme recueille votre signalement.',
    body: `## Comment signaler

Tout citoyen peut signaler **anonymement** un trafic de stupéfiants sur le site **Ma Sécurité**, rubrique « Démarches en ligne ».

- Vous êtes mis en relation par tchat avec un policier ou un gendarme.
- Vous n'êtes pas obligé de donner votre identité.
- Votre signalement est transmis aux services spécialisés.

Vous pouvez aussi signaler toute suspicion de trafic en appelant le **17** ou le **112**, y compris dans une petite commune où la police municipale n'est présente qu'en journée : votre appel est pris en charge par la police nationale ou la gendarmerie.

## Quelles informations donner

Plus votre signalement est précis, plus il est utile. Indiquez ce que vous avez vous-même constaté, par exemple :

- le lieu du point de vente, ou un nouvel emplacement après une opération de police ;
- la fréquence des échanges, les jours et heures où vous les avez observés ;
- le nombre de personnes et, si possible, leur description ;
- la façon de procéder des trafiquants ;
- un lieu de stockage ou des livraisons à domicile.

## Sur internet

Une offre de vente de drogue publiée sur internet (réseau social, site, forum) peut être signalée sur **PHAROS**, le portail officiel de signalement des contenus illicites : le trafic de drogues fait partie des contenus qu'il traite.

## En cas d'urgence

Si vous êtes témoin de violences ou d'une situation dangereuse, appelez immédiatement le **17** ou le **112**.`,
    services: ['signalement-trafic-stupefiants', 'pharos', 'tchat-ma-securite'],
    audience: ['everyone', 'elected-officials'],
    sources: [
      { title: 'Ma Sécurité – démarches en ligne', url: 'https://www.masecurite.interieur.gouv.fr' },
      { title: 'Service-Public.fr – Signaler un contenu internet illégal (Pharos)', url: 'https://www.service-public.fr/particuliers/vosdroits/R17674' },
    ],
    lastSignificantUpdate: '2025-07-25',
    reviewDueDate: '2026-07-25',
    en: {
      title: 'Reporting a drug-dealing spot or drug trafficking',
      summary:
        'Witnessing drug dealing near your home? You can report it anonymously on Ma Sécurité, where a police officer or gendarme takes your report.',
    },
  },

  // Source: https://www.maine-et-loire.gouv.fr/Actions-de-l-Etat/Securite-et-protection-des-personnes-et-des-biens/Prevention-de-la-radicalisation/Signaler-un-cas-de-radicalisation
  // Source: https://www.cher.gouv.fr/Actions-de-l-Etat/Securite/Prevention-radicalisation/Pour-eviter-de-nouveaux-drames-soyons-vigilants
  // Source: https://www.service-public.fr/particuliers/vosdroits/R17674
  {
    slug: 'radicalisation-signaler',
    title: 'Radicalisation d’un proche : repérer les signes et se faire aider',
    themes: ['radicalisation'],
    summary:
      'Le comportement d’un proche vous inquiète ? Les signes qui doivent alerter et comment obtenir écoute et conseils grâce au numéro vert et au formulaire Stop-djihadisme.',
    body: `## Les signes qui doivent alerter

Le processus de radicalisation est parfois difficile à déceler, mais il se traduit souvent par une rupture rapide et un changement des habitudes. Plus les signes sont nombreux, plus ils doivent alerter :

- rupture avec la famille, les anciens amis, éloignement des proches ;
- rupture avec l'école, déscolarisation soudaine ;
- nouveaux comportements alimentaires, vestimentaires, linguistiques ou financiers ;
- propos asociaux, rejet de l'autorité ou de la vie en collectivité ;
- repli sur soi ;
- fréquentation de sites internet et de réseaux sociaux à caractère radical ou extrémiste.

## Se faire aider

- **Numéro vert 0 800 005 696**, appel gratuit, du lundi au vendredi de 9 h à 18 h. L'équipe recueille votre signalement, vous écoute, vous conseille sur la conduite à tenir et vous accompagne dans vos démarches. Les outre-mer sont couverts.
- **Formulaire en ligne** du ministère de l'Intérieur, notamment en dehors des horaires du numéro vert.
- Le site **stop-djihadisme.gouv.fr** explique la propagande djihadiste et comment réagir.

Si la situation est jugée préoccupante, la personne signalée et sa famille bénéficient d'un accompagnement adapté.

## En cas d'urgence

Si un départ à l'étranger ou une action semble imminent, rendez-vous sans attendre au **commissariat** ou à la **brigade de gendarmerie**, ou appelez le **17**.

## Contenus en ligne

Un contenu public faisant l'apologie du terrorisme ou menaçant d'un attentat se signale sur **PHAROS**. Ne le partagez pas.`,
    services: ['stop-djihadisme', 'pharos'],
    audience: ['everyone', 'parents', 'professionals'],
    sources: [
      {
        title: 'Préfecture de Maine-et-Loire – Signaler un cas de radicalisation',
        url: 'https://www.maine-et-loire.gouv.fr/Actions-de-l-Etat/Securite-et-protection-des-personnes-et-des-biens/Prevention-de-la-radicalisation/Signaler-un-cas-de-radicalisation',
      },
      {
        title: 'Préfecture du Cher – Pour éviter de nouveaux drames, soyons vigilants',
        url: 'https://www.cher.gouv.fr/Actions-de-l-Etat/Securite/Prevention-radicalisation/Pour-eviter-de-nouveaux-drames-soyons-vigilants',
      },
      { title: 'Stop-djihadisme', url: 'https://www.stop-djihadisme.gouv.fr' },
    ],
    lastSignificantUpdate: '2023-08-01',
    reviewDueDate: '2024-08-01',
    en: {
      title: 'Radicalisation of someone close: spotting the signs and getting help',
      summary:
        'Worried about the behaviour of someone close? The warning signs, and how to get support and advice through the Stop-djihadisme free line and online form.',
    },
  },

  // Source: https://www.service-public.fr/particuliers/vosdroits/F17970
  // Source: https://www.service-public.fr/particuliers/vosdroits/R17121
  {
    slug: 'points-permis-de-conduire',
    title: 'Connaître le nombre de points de son permis de conduire',
    themes: ['vehicles'],
    summary:
      'Combien de points reste-t-il sur votre permis ? Le téléservice Télépoints vous l’indique, ainsi que la validité et les catégories de votre permis.',
    body: `## Le téléservice Télépoints

Le téléservice **Télépoints** du ministère de l'Intérieur permet de consulter le nombre de points de votre permis de conduire. Il donne aussi les informations sur la validité et les catégories du permis (relevé d'information restreint).

## Comment se connecter

- avec **FranceConnect** ;
- ou avec votre **numéro de dossier NEPH** et votre **code confidentiel Télépoints**.

Si nécessaire, le téléservice permet de récupérer le code confidentiel par SMS.

## Où trouver ces numéros

- Le **numéro NEPH** figure sur le permis de conduire et sur le relevé d'information intégral.
- Le **code confidentiel** figure sur le courrier qui accompagne le permis au format « carte de crédit », sur les courriers qui vous informent d'un retrait de points (lettres 48N, 48M, 48SI) et sur le relevé d'information intégral.

## À savoir

- Il y a un **décalage** entre le moment où l'infraction est commise et celui où Télépoints enregistre la perte de points. De même, les points réattribués n'apparaissent pas immédiatement.
- Après une infraction, vous recevez un courrier indiquant le nombre de points retirés et votre solde. Gardez à jour l'adresse de votre certificat d'immatriculation (carte grise) pour recevoir ces courriers.
- La lettre 48SI signifie que votre permis n'est plus valide : suivez les instructions qu'elle contient.

## Et ensuite ?

Une question sur votre situation ? Le tchat **Ma Sécurité** ou la **brigade numérique** de la gendarmerie peuvent vous orienter.`,
    services: ['telepoints', 'tchat-ma-securite'],
    relatedSheets: ['vehicule-fourriere'],
    audience: ['everyone'],
    sources: [
      {
        title: 'Service-Public.fr – Solde du permis de conduire : comment connaître son nombre de points ?',
        url: 'https://www.service-public.fr/particuliers/vosdroits/F17970',
      },
      {
        title: 'Service-Public.fr – Permis de conduire : consulter ses points (Télépoints)',
        url: 'https://www.service-public.fr/particuliers/vosdroits/R17121',
      },
    ],
    lastSignificantUpdate: '2023-03-28',
    reviewDueDate: '2024-03-28',
    en: {
      title: 'Checking the points on your driving licence',
      summary:
        'How many points are left on your licence? The Télépoints online service tells you, along with the validity and categories of your licence.',
    },
  },

  // Source: https://masecurite.interieur.gouv.fr/fr/actualites/plateforme-accompagnement-victimes-sauve-des-vies
  // Source: https://www.police-nationale.interieur.gouv.fr/Actualites/L-actu-police/La-plateforme-numerique-de-signalement-des-violences-et-d-accompagnement-des-victimes-faciliter-la-liberation-de-la-parole
  // Source: https://www.service-public.fr/particuliers/vosdroits/F31979 (what PHAROS handles; insults or defamation against you go to the police or gendarmerie)
  {
    slug: 'discriminations-que-faire',
    title: 'Victime ou témoin de discrimination ou de haine : que faire ?',
    themes: ['discrimination', 'victims'],
    summary:
      'Propos haineux, discrimination, injures : à qui en parler, comment signaler un contenu en ligne et comment porter plainte.',
    body: `## Parler à un policier ou un gendarme formé

La **plateforme numérique d'accompagnement des victimes (PNAV)** accueille, par tchat, les victimes et les témoins de discriminations et de toutes les formes de haine, au même titre que les violences sexuelles, sexistes et conjugales ou le cyberharcèlement.

- Le tchat est gratuit, anonyme et ouvert 24 h/24 et 7 j/7.
- Un policier ou un gendarme spécialement formé vous écoute et vous renseigne sur vos droits.
- Il vous oriente vers un dépôt de plainte si vous le souhaitez, ou vers des associations et des structures d'information juridique.

## Un contenu haineux sur internet

Un contenu **public** qui incite à la haine ou à la discrimination (sur un réseau social, un site, un forum) se signale sur **PHAROS**. Ne le partagez pas, même pour le dénoncer.

Attention : si vous êtes vous-même victime d'une **injure** ou d'une **diffamation**, PHAROS n'est pas le bon canal. Adressez-vous directement à un service de police ou de gendarmerie. Il en va de même pour un contenu reçu en privé d'une personne que vous connaissez.

## Porter plainte

Vous pouvez porter plainte dans un commissariat ou une brigade de gendarmerie, même si vous ne connaissez pas l'auteur. Pour éviter l'attente, certains commissariats proposent des rendez-vous en ligne depuis Ma Sécurité.

Conservez les preuves : captures d'écran, adresses (URL) des publications, messages reçus.

## En cas d'urgence

Agression ou menace immédiate : **17** ou **112**.`,
    services: ['pnav', 'pharos', 'rendez-vous-commissariat'],
    relatedSheets: ['porter-plainte', 'cyberharcelement-scolaire'],
    audience: ['victims', 'everyone'],
    sources: [
      {
        title: 'Ma Sécurité – La plateforme numérique d’accompagnement des victimes sauve des vies',
        url: 'https://masecurite.interieur.gouv.fr/fr/actualites/plateforme-accompagnement-victimes-sauve-des-vies',
      },
      {
        title: 'Service-Public.fr – Signaler un contenu internet illégal (Pharos)',
        url: 'https://www.service-public.fr/particuliers/vosdroits/R17674',
      },
      {
        title: 'Service-Public.fr – Quels contenus peuvent être signalés sur Pharos ?',
        url: 'https://www.service-public.fr/particuliers/vosdroits/F31979',
      },
    ],
    lastSignificantUpdate: '2025-01-15',
    reviewDueDate: '2026-01-15',
    en: {
      title: 'Victim or witness of discrimination or hate: what to do',
      summary: 'Hate speech, discrimination, insults: whom to talk to, how to report online content and how to file a complaint.',
    },
  },
]

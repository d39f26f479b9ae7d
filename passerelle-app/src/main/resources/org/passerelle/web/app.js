// Passerelle's web page: chat, usage, training and administration, on the gateway's own API only.
// Conversations stay in this browser (localStorage); the API key stays in this tab (sessionStorage).
// Model answers are rendered as Markdown through DOMPurify; everything else is set as text.
'use strict';

const TEXT = {
  fr: {
    skip: 'Aller au contenu', 'nav.chat': 'Discussion', 'nav.usage': 'Mon usage', 'nav.training': 'Formation',
    'nav.admin': 'Administration', signout: 'Se déconnecter', lang: 'English', langLabel: 'English version',
    'signin.title': 'Se connecter', 'signin.key': 'Clé d\u2019API', 'signin.help': 'Votre clé commence par psk_. Elle reste dans cet onglet et n\u2019apparaît jamais dans une adresse.',
    'signin.submit': 'Se connecter', 'signin.bad': 'Cette clé n\u2019est pas valide ou a été révoquée.',
    'signin.sso': 'Se connecter avec mon compte de l\u2019établissement', 'signin.or': 'ou avec une clé d\u2019API :',
    'signin.ssoFailed': 'La connexion par votre établissement n\u2019a pas abouti ; réessayez.',
    'chat.new': 'Nouvelle conversation', 'chat.deleteAll': 'Tout supprimer', 'chat.export': 'Exporter (Markdown)',
    'chat.local': 'Vos conversations restent dans ce navigateur ; Passerelle n\u2019en garde aucun contenu, seulement des métadonnées (qui, quand, quel modèle, quelle empreinte).',
    'chat.model': 'Modèle', 'chat.auto': 'auto (sobre) : le plus petit modèle suffisant',
    'chat.prompt': 'Votre message', 'chat.file': 'Joindre un fichier (PDF, Word, tableur, CSV, texte)',
    'chat.send': 'Envoyer', 'chat.sending': 'Réponse en cours\u2026', 'chat.conversations': 'Conversations',
    'chat.untitled': 'Conversation', 'chat.total': 'Total de la conversation : {0} Wh, {1} gCO2eq, {2} mL d\u2019eau',
    'scan.found': 'Données sensibles repérées : {0}.', 'scan.allowed': 'Seuls les modèles locaux ou internes peuvent les recevoir : {0}. Rien n\u2019est envoyé avant que vous cliquiez sur Envoyer.',
    'scan.none': 'Aucune donnée sensible repérée.', 'scan.failed': 'L\u2019analyse a échoué : le message sera traité comme sensible.',
    'file.reading': 'Lecture du fichier\u2026', 'file.read': 'Texte extrait de {0} ({1} caractères), à relire avant envoi.',
    'prov.model': 'Modèle', 'prov.provider': 'fournisseur', 'prov.energy': 'énergie', 'prov.water': 'eau',
    'prov.reroute': 'Réacheminé : {0}.', 'prov.suggest': 'Un modèle plus sobre suffirait pour cette tâche : {0} (économie d\u2019environ {1} Wh et {2} gCO2eq).',
    'prov.review': 'Code généré : une relecture par un expert est obligatoire avant usage.',
    'prov.ml': 'Pour une prédiction ou un regroupement sur des données tabulaires, l\u2019apprentissage automatique classique (scikit-learn, R) est plus fiable et bien plus sobre.',
    'prov.quota': 'Quota bientôt atteint : {0}.', 'prov.route': 'Choix automatique : {0}.',
    'usage.title': 'Mon usage', 'usage.today': 'Aujourd\u2019hui', 'usage.month': 'Ce mois', 'usage.requests': 'requêtes',
    'usage.tokens': 'jetons', 'usage.perDay': 'Requêtes et énergie par jour (30 jours)', 'usage.perModel': 'Par modèle (30 jours)',
    'usage.compare': 'Les mêmes réponses sur les grands modèles externes (gCO2eq)', 'usage.mine': 'Mes requêtes',
    'usage.quotas': 'Quotas', 'usage.none': 'Aucun quota ne s\u2019applique à vous.', 'usage.energy': 'énergie (Wh)',
    'usage.gwp': 'gCO2eq', 'usage.date': 'Jour', 'usage.model': 'Modèle',
    'training.title': 'Se former avant d\u2019utiliser l\u2019IA', 'training.intro': 'L\u2019institut demande à chacun de se former avant d\u2019utiliser l\u2019IA générative. Suivez l\u2019une de ces formations gratuites, lisez les principes de la note éthique, puis enregistrez votre attestation.',
    'training.ethics': 'La note éthique en sept principes', 'training.form': 'Mon attestation',
    'training.which': 'Formation suivie', 'training.date': 'Date', 'training.ack': 'J\u2019ai lu la note du Comité d\u2019éthique et je m\u2019engage à en respecter les principes.',
    'training.submit': 'Enregistrer mon attestation', 'training.valid': 'Votre attestation est valide jusqu\u2019au {0}.',
    'training.required': 'Une attestation de formation est nécessaire avant d\u2019utiliser les modèles.',
    'training.byAdmin': 'Votre administrateur enregistre les attestations.',
    'level.beginner': 'Niveau débutant', 'level.intermediate': 'Niveau intermédiaire', 'level.advanced': 'Niveau avancé', 'level.further': 'Pour aller plus loin',
    'admin.users': 'Utilisateurs', 'admin.keys': 'Clés', 'admin.processings': 'Traitements', 'admin.attestations': 'Attestations',
    'admin.quotas': 'Quotas', 'admin.providers': 'Fournisseurs et modèles', 'admin.audit': 'Journal', 'admin.footprint': 'Empreinte',
    'admin.revoke': 'Révoquer', 'admin.confirm': 'Confirmer la révocation', 'admin.revoked': 'révoquée',
    'admin.create': 'Créer', 'admin.delete': 'Supprimer', 'admin.filter': 'Filtrer', 'admin.shownOnce': 'Clé affichée une seule fois : {0}',
    'admin.reachable': 'joignable', 'admin.unreachable': 'injoignable', 'admin.chain': 'Chaîne du journal : {0}',
    'admin.intact': 'intacte', 'admin.broken': 'rompue', 'error': 'Erreur : {0}', 'saved': 'Enregistré.',
    'nav.statement': 'Déclaration', 'statement.title': 'Déclarer l\u2019usage de l\u2019IA dans une publication',
    'statement.intro': 'La section « Utilisation de SIA » de votre article, rédigée à partir des métadonnées de vos requêtes (jamais de leur contenu). Complétez la phrase sur la vérification des résultats.',
    'statement.project': 'Projet', 'statement.from': 'Du', 'statement.to': 'Au', 'statement.lang': 'Langue',
    'statement.format': 'Format', 'statement.submit': 'Rédiger la déclaration', 'statement.download': 'Télécharger',
    'model.limits': 'Biais et limites connus de {0} : {1}', 'admin.export': 'Exporter', 'admin.by': 'Regrouper par',
    'admin.notes': 'Biais et limites d\u2019un modèle', 'admin.download': 'Télécharger (CSV)',
    'nav.datasets': 'Jeux de données', 'datasets.title': 'Jeux de données pour entraîner un modèle',
    'datasets.intro': 'Avant d\u2019utiliser des données pour entraîner un modèle d\u2019IA, vérifiez que cet usage est licite (RGPD, loi Informatique et Libertés, règlement européen sur l\u2019IA) : enregistrez le jeu, son origine et sa base légale, puis vérifiez-le. La collecte sur le web passe par une API quand elle existe, et toujours dans le respect des CGU, du droit d\u2019auteur et du RGPD (recommandations, section 7).',
    'datasets.none': 'Aucun jeu enregistré.', 'datasets.check': 'Vérifier', 'datasets.edit': 'Modifier',
    'datasets.register': 'Enregistrer un jeu de données', 'datasets.update': 'Modifier {0}', 'datasets.save': 'Enregistrer',
    'datasets.purpose': 'Usage', 'datasets.allowed': '{0} peut servir à : {1}.', 'datasets.refused': '{0} ne peut pas servir à : {1}, tant que :',
    'datasets.name': 'Nom', 'datasets.empty': '(non renseigné)', 'datasets.cancel': 'Annuler',
  },
  en: {
    skip: 'Skip to content', 'nav.chat': 'Chat', 'nav.usage': 'My usage', 'nav.training': 'Training',
    'nav.admin': 'Administration', signout: 'Sign out', lang: 'Français', langLabel: 'Version française',
    'signin.title': 'Sign in', 'signin.key': 'API key', 'signin.help': 'Your key starts with psk_. It stays in this tab and never appears in an address.',
    'signin.submit': 'Sign in', 'signin.bad': 'This key is not valid or has been revoked.',
    'signin.sso': 'Sign in with my institutional account', 'signin.or': 'or with an API key:',
    'signin.ssoFailed': 'Signing in through your institution did not succeed; try again.',
    'chat.new': 'New conversation', 'chat.deleteAll': 'Delete all', 'chat.export': 'Export (Markdown)',
    'chat.local': 'Your conversations stay in this browser; Passerelle keeps none of their content, only metadata (who, when, which model, what footprint).',
    'chat.model': 'Model', 'chat.auto': 'auto (frugal): the smallest model good enough',
    'chat.prompt': 'Your message', 'chat.file': 'Attach a file (PDF, Word, spreadsheet, CSV, text)',
    'chat.send': 'Send', 'chat.sending': 'Answering\u2026', 'chat.conversations': 'Conversations',
    'chat.untitled': 'Conversation', 'chat.total': 'Conversation total: {0} Wh, {1} gCO2eq, {2} mL of water',
    'scan.found': 'Sensitive data found: {0}.', 'scan.allowed': 'Only local or internal models may receive them: {0}. Nothing is sent before you press Send.',
    'scan.none': 'No sensitive data found.', 'scan.failed': 'The scan failed: the message will be treated as sensitive.',
    'file.reading': 'Reading the file\u2026', 'file.read': 'Text extracted from {0} ({1} characters); review it before sending.',
    'prov.model': 'Model', 'prov.provider': 'provider', 'prov.energy': 'energy', 'prov.water': 'water',
    'prov.reroute': 'Rerouted: {0}.', 'prov.suggest': 'A more frugal model would do for this task: {0} (saving about {1} Wh and {2} gCO2eq).',
    'prov.review': 'Generated code: an expert review is required before use.',
    'prov.ml': 'For prediction or clustering on tabular data, classical machine learning (scikit-learn, R) is more reliable and far more frugal.',
    'prov.quota': 'Quota almost reached: {0}.', 'prov.route': 'Automatic choice: {0}.',
    'usage.title': 'My usage', 'usage.today': 'Today', 'usage.month': 'This month', 'usage.requests': 'requests',
    'usage.tokens': 'tokens', 'usage.perDay': 'Requests and energy per day (30 days)', 'usage.perModel': 'By model (30 days)',
    'usage.compare': 'The same answers on the large external models (gCO2eq)', 'usage.mine': 'My requests',
    'usage.quotas': 'Quotas', 'usage.none': 'No quota applies to you.', 'usage.energy': 'energy (Wh)',
    'usage.gwp': 'gCO2eq', 'usage.date': 'Day', 'usage.model': 'Model',
    'training.title': 'Training before using AI', 'training.intro': 'The institute asks everyone to be trained before using generative AI. Follow one of these free courses, read the ethics note\u2019s principles, then record your attestation.',
    'training.ethics': 'The ethics note, in seven principles', 'training.form': 'My attestation',
    'training.which': 'Training followed', 'training.date': 'Date', 'training.ack': 'I have read the Ethics Committee\u2019s note and commit to its principles.',
    'training.submit': 'Record my attestation', 'training.valid': 'Your attestation is valid until {0}.',
    'training.required': 'A training attestation is needed before using the models.',
    'training.byAdmin': 'Your administrator records attestations.',
    'nav.datasets': 'Datasets', 'datasets.title': 'Datasets for training a model',
    'datasets.intro': 'Before using data to train an AI model, make sure the use is lawful (GDPR, French data-protection law, EU AI Act): register the dataset, its origin and legal basis, then check it. Web collection uses an API when one exists, and always respects the sites\u2019 terms, copyright and the GDPR (recommendations, section 7).',
    'datasets.none': 'No dataset registered.', 'datasets.check': 'Check', 'datasets.edit': 'Edit',
    'datasets.register': 'Register a dataset', 'datasets.update': 'Edit {0}', 'datasets.save': 'Save',
    'datasets.purpose': 'Use', 'datasets.allowed': '{0} may be used for: {1}.', 'datasets.refused': '{0} may not be used for: {1}, until:',
    'datasets.name': 'Name', 'datasets.empty': '(not set)', 'datasets.cancel': 'Cancel',
    'level.beginner': 'Beginner', 'level.intermediate': 'Intermediate', 'level.advanced': 'Advanced', 'level.further': 'Going further',
    'admin.users': 'Users', 'admin.keys': 'Keys', 'admin.processings': 'Processings', 'admin.attestations': 'Attestations',
    'admin.quotas': 'Quotas', 'admin.providers': 'Providers and models', 'admin.audit': 'Audit log', 'admin.footprint': 'Footprint',
    'admin.revoke': 'Revoke', 'admin.confirm': 'Confirm revocation', 'admin.revoked': 'revoked',
    'admin.create': 'Create', 'admin.delete': 'Delete', 'admin.filter': 'Filter', 'admin.shownOnce': 'Key shown this once: {0}',
    'admin.reachable': 'reachable', 'admin.unreachable': 'unreachable', 'admin.chain': 'Audit chain: {0}',
    'admin.intact': 'intact', 'admin.broken': 'broken', 'error': 'Error: {0}', 'saved': 'Saved.',
    'nav.statement': 'Statement', 'statement.title': 'Declaring the use of AI in a publication',
    'statement.intro': 'The \u201cuse of AI\u201d section of your article, written from the metadata of your requests (never their content). Complete the sentence on how outputs were verified.',
    'statement.project': 'Project', 'statement.from': 'From', 'statement.to': 'To', 'statement.lang': 'Language',
    'statement.format': 'Format', 'statement.submit': 'Write the statement', 'statement.download': 'Download',
    'model.limits': 'Known biases and limits of {0}: {1}', 'admin.export': 'Export', 'admin.by': 'Group by',
    'admin.notes': 'A model\u2019s biases and limits', 'admin.download': 'Download (CSV)',
  },
};

const state = {
  lang: localStorage.getItem('passerelle.lang') || 'fr',
  key: sessionStorage.getItem('passerelle.key'),
  me: null,
  models: [],
  charts: [],
};

function t(key, ...args) {
  const text = (TEXT[state.lang] && TEXT[state.lang][key]) || TEXT.fr[key] || key;
  return text.replace(/\{(\d)\}/g, (_, i) => String(args[Number(i)]));
}

/** Creates an element: el('p', {class: 'x'}, 'text', child...). Strings become text nodes, never HTML. */
function el(tag, attributes, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes || {})) {
    if (value === false || value === null || value === undefined) continue;
    if (name.startsWith('on')) node.addEventListener(name.slice(2), value);
    else node.setAttribute(name, value === true ? '' : value);
  }
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

function number(value, digits = 3) {
  if (value === null || value === undefined || Number.isNaN(value)) return '–';
  return Number(value).toLocaleString(state.lang === 'fr' ? 'fr-FR' : 'en-GB', {maximumSignificantDigits: digits});
}

async function api(path, options = {}) {
  const headers = Object.assign({}, options.headers || {});
  if (state.key) headers.Authorization = 'Bearer ' + state.key;
  if (options.json !== undefined) {
    headers['Content-Type'] = 'application/json';
    options.body = JSON.stringify(options.json);
  }
  const response = await fetch(path, {method: options.method || 'GET', headers, body: options.body});
  const type = response.headers.get('Content-Type') || '';
  const body = type.includes('json') ? await response.json() : await response.text();
  if (!response.ok) {
    const error = new Error(body && body.error ? body.error.message : ('HTTP ' + response.status));
    error.status = response.status;
    error.code = body && body.error ? body.error.code : null;
    throw error;
  }
  return body;
}

/** Fetches a document with the key in a header (never in the URL) and hands it to the browser as a download. */
async function download(path, filename) {
  const response = await fetch(path, {headers: {Authorization: 'Bearer ' + state.key}});
  if (!response.ok) {
    const body = await response.json().catch(() => ({}));
    throw new Error(body.error ? body.error.message : 'HTTP ' + response.status);
  }
  const link = el('a', {href: URL.createObjectURL(await response.blob()), download: filename});
  document.body.append(link);
  link.click();
  link.remove();
}

function main() {
  return document.getElementById('main');
}

function show(...nodes) {
  state.charts.forEach(chart => chart.destroy());
  state.charts = [];
  main().replaceChildren(...nodes);
}

// ---- frame: language, navigation, sign-in ----

function applyLanguage() {
  document.documentElement.lang = state.lang;
  document.querySelectorAll('[data-i18n]').forEach(node => { node.textContent = t(node.dataset.i18n); });
  const lang = document.getElementById('lang');
  lang.textContent = t('lang');
  lang.setAttribute('aria-label', t('langLabel'));
  lang.setAttribute('lang', state.lang === 'fr' ? 'en' : 'fr');
}

function frame() {
  const signedIn = Boolean(state.me);
  document.getElementById('nav').hidden = !signedIn;
  document.getElementById('signout').hidden = !signedIn;
  document.getElementById('nav-admin').hidden = !(signedIn && ['admin', 'dpo'].includes(state.me.role));
  document.getElementById('who').textContent = signedIn ? state.me.user + ' (' + state.me.role + ')' : '';
  document.querySelectorAll('nav a').forEach(link => {
    if (link.getAttribute('href') === location.hash) link.setAttribute('aria-current', 'page');
    else link.removeAttribute('aria-current');
  });
}

async function signInPage(message) {
  const input = el('input', {id: 'api-key', type: 'password', autocomplete: 'off', required: true, 'aria-describedby': 'key-help'});
  const form = el('form', {class: 'card signin', onsubmit: async event => {
    event.preventDefault();
    state.key = input.value.trim();
    try {
      await loadMe();
      sessionStorage.setItem('passerelle.key', state.key);
      location.hash = needsTraining() ? '#training' : '#chat';
      route();
    } catch (error) {
      state.key = null;
      signInPage(t('signin.bad'));
    }
  }},
  el('h1', {}, t('signin.title')),
  message ? el('p', {class: 'error', role: 'alert'}, message) : null,
  el('div', {class: 'field'}, el('label', {for: 'api-key'}, t('signin.key')), input,
    el('span', {id: 'key-help', class: 'muted'}, t('signin.help'))),
  el('button', {type: 'submit', id: 'signin'}, t('signin.submit')));
  show(form);
  input.focus();
  try {
    const sso = await (await fetch('/api/auth')).json();
    if (sso.oidc) {
      form.querySelector('h1').after(el('p', {}, el('a', {href: sso.login, id: 'sso', class: 'button'}, t('signin.sso'))),
        el('p', {class: 'muted'}, t('signin.or')));
    }
  } catch (error) {
    // single sign-on unknown: keys still work
  }
}

/** A login through the identity provider ends at /#login=TOKEN: keep the token in this tab, clear the address. */
function takeLogin() {
  const hash = location.hash;
  if (hash.startsWith('#login=')) {
    state.key = decodeURIComponent(hash.slice('#login='.length));
    sessionStorage.setItem('passerelle.key', state.key);
    history.replaceState(null, '', location.pathname);
  } else if (hash.startsWith('#login-error=')) {
    history.replaceState(null, '', location.pathname);
    return t('signin.ssoFailed');
  }
  return null;
}

async function loadMe() {
  state.me = await api('/api/me');
  frame();
}

function needsTraining() {
  return state.me && state.me.training.required && !state.me.training.valid;
}

async function route() {
  if (!state.key) {
    frame();
    return signInPage();
  }
  if (!state.me) {
    try {
      await loadMe();
    } catch (error) {
      sessionStorage.removeItem('passerelle.key');
      state.key = null;
      frame();
      return signInPage(t('signin.bad'));
    }
  }
  if (!location.hash || location.hash === '#') location.hash = needsTraining() ? '#training' : '#chat';
  frame();
  const page = location.hash.slice(1);
  try {
    if (page === 'usage') await usagePage();
    else if (page === 'training') await trainingPage();
    else if (page === 'admin') await adminPage();
    else if (page === 'statement') await statementPage();
    else if (page === 'datasets') await datasetsPage();
    else await chatPage();
  } catch (error) {
    show(el('p', {class: 'error', role: 'alert'}, t('error', error.message)));
  }
  main().focus();
}

// ---- conversations, kept in this browser only ----

const STORE = 'passerelle.conversations';

function conversations() {
  try {
    return JSON.parse(localStorage.getItem(STORE)) || [];
  } catch (error) {
    return [];
  }
}

function saveConversations(list) {
  localStorage.setItem(STORE, JSON.stringify(list));
}

function currentConversation() {
  const list = conversations();
  const id = sessionStorage.getItem('passerelle.current');
  return list.find(c => c.id === id) || null;
}

function newConversation() {
  const conversation = {id: String(Date.now()) + Math.random().toString(16).slice(2), title: t('chat.untitled'), messages: []};
  const list = conversations();
  list.unshift(conversation);
  saveConversations(list);
  sessionStorage.setItem('passerelle.current', conversation.id);
  return conversation;
}

function storeConversation(conversation) {
  const list = conversations().filter(c => c.id !== conversation.id);
  list.unshift(conversation);
  saveConversations(list);
}

function exportMarkdown() {
  const lines = [];
  for (const conversation of conversations()) {
    lines.push('# ' + conversation.title, '');
    for (const message of conversation.messages) {
      lines.push('## ' + (message.role === 'user' ? 'Vous / You' : 'Assistant' + (message.provenance ? ' (' + message.provenance.served_model + ')' : '')), '', message.content, '');
    }
  }
  const link = el('a', {href: URL.createObjectURL(new Blob([lines.join('\n')], {type: 'text/markdown'})), download: 'passerelle-conversations.md'});
  document.body.append(link);
  link.click();
  link.remove();
}

// ---- chat ----

function escapeHtml(text) {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

let markdownReady = false;

/**
 * Renders a model's answer: Markdown, where raw HTML written by the model is shown as text (never
 * as markup), then sanitised by DOMPurify as a second barrier.
 */
function renderMarkdown(target, text) {
  if (!markdownReady) {
    window.marked.use({renderer: {html: token => escapeHtml(token.text || token.raw || '')}});
    markdownReady = true;
  }
  target.innerHTML = window.DOMPurify.sanitize(window.marked.parse(text), {USE_PROFILES: {html: true}});
}

function highlightCode(target) {
  if (window.hljs) target.querySelectorAll('pre code').forEach(block => window.hljs.highlightElement(block));
}

function badge(hosting) {
  return el('span', {class: 'badge ' + hosting}, hosting);
}

function range(footprint, name, unit) {
  const value = footprint && footprint[name];
  if (!value) return null;
  const spread = value.min !== value.max ? ' (' + number(value.min) + '–' + number(value.max) + ')' : '';
  return number(value.mean) + spread + ' ' + unit;
}

function provenanceBlock(provenance) {
  if (!provenance) return null;
  const footprint = provenance.footprint || {};
  const notices = [];
  if (provenance.decision === 'reroute') notices.push(el('p', {class: 'notice'}, t('prov.reroute', provenance.reason)));
  if (provenance.route) notices.push(el('p', {class: 'muted'}, t('prov.route', provenance.route)));
  for (const notice of provenance.notices || []) {
    if (notice.code === 'expert_review_required') notices.push(el('p', {class: 'notice review'}, t('prov.review')));
    if (notice.code === 'classical_machine_learning') notices.push(el('p', {class: 'notice hint'}, t('prov.ml')));
  }
  if (provenance.suggestion) {
    notices.push(el('p', {class: 'notice suggestion'}, t('prov.suggest', provenance.suggestion.model,
      number(provenance.suggestion.saving_wh), number(provenance.suggestion.saving_gco2eq))));
  }
  for (const warning of provenance.quota_warnings || []) {
    notices.push(el('p', {class: 'notice'}, t('prov.quota', warning.scope + ' ' + warning.period + ' ' + warning.metric + ' '
      + number(warning.used) + '/' + number(warning.soft_limit))));
  }
  return el('div', {class: 'provenance'},
    el('div', {class: 'row'}, t('prov.model') + ' ', el('strong', {class: 'served-model'}, provenance.served_model), ' · '
      + t('prov.provider') + ' ' + provenance.provider + ' ', badge(provenance.hosting)),
    el('div', {class: 'footprint'}, [t('prov.energy') + ' ' + (range(footprint, 'energy_wh', 'Wh') || '–'),
      range(footprint, 'gwp_gco2eq', 'gCO2eq'), t('prov.water') + ' ' + (range(footprint, 'water_ml', 'mL') || '–')]
      .filter(Boolean).join(' · ')),
    notices);
}

function messageNode(message) {
  if (message.role === 'user') return el('div', {class: 'message user'}, message.content);
  const answer = el('div', {class: 'answer'});
  if (message.error) answer.append(el('p', {class: 'error', role: 'alert'}, message.error));
  else renderMarkdown(answer, message.content || '');
  highlightCode(answer);
  return el('div', {class: 'message assistant'}, answer, provenanceBlock(message.provenance));
}

function conversationTotal(conversation) {
  let energy = 0, gwp = 0, water = 0;
  for (const message of conversation.messages) {
    const footprint = message.provenance && message.provenance.footprint;
    if (!footprint || !footprint.energy_wh) continue;
    energy += footprint.energy_wh.mean;
    gwp += footprint.gwp_gco2eq.mean;
    water += footprint.water_ml ? footprint.water_ml.mean : 0;
  }
  return t('chat.total', number(energy), number(gwp), number(water));
}

async function chatPage() {
  if (!state.models.length) state.models = (await api('/v1/models')).data;
  let conversation = currentConversation() || newConversation();
  const messages = el('div', {class: 'messages', role: 'log', 'aria-live': 'polite', id: 'messages'});
  const total = el('p', {class: 'total', id: 'conversation-total'});
  const picker = el('select', {id: 'model'});
  picker.append(el('option', {value: 'auto'}, t('chat.auto')));
  for (const model of state.models.filter(m => m.hosting)) {
    picker.append(el('option', {value: model.id, 'data-hosting': model.hosting},
      model.id + ' — ' + model.hosting + ' · ' + number(model.parameters_billion) + ' B'));
  }
  const pickedBadge = el('span', {id: 'model-badge'});
  const limits = el('p', {id: 'model-limits', class: 'muted'});
  const updateBadge = () => {
    const option = picker.selectedOptions[0];
    pickedBadge.replaceChildren(option && option.dataset.hosting ? badge(option.dataset.hosting) : badge('local'));
    if (!(option && option.dataset.hosting)) pickedBadge.firstChild.textContent = 'auto';
    const model = state.models.find(m => m.id === picker.value);
    const notes = model && model.biases_and_limits;
    limits.textContent = notes ? t('model.limits', model.id, state.lang === 'en' ? notes.en : notes.fr) : '';
  };
  picker.addEventListener('change', updateBadge);
  const backdrop = el('div', {class: 'backdrop', 'aria-hidden': 'true', id: 'highlights'});
  const prompt = el('textarea', {id: 'prompt', rows: 6, 'aria-describedby': 'scan-banner'});
  const banner = el('div', {id: 'scan-banner', role: 'status', 'aria-live': 'polite', class: 'muted'});
  const file = el('input', {type: 'file', id: 'file', accept: '.pdf,.docx,.doc,.odt,.xlsx,.xls,.ods,.csv,.txt,.html,.md'});
  const send = el('button', {type: 'submit', id: 'send'}, t('chat.send'));

  const redraw = () => {
    messages.replaceChildren(...conversation.messages.map(messageNode));
    total.textContent = conversationTotal(conversation);
  };
  let scanTimer = null;
  let scanned = 0;
  const scan = async () => {
    const text = prompt.value;
    const ticket = ++scanned;
    if (!text.trim()) {
      backdrop.replaceChildren();
      banner.className = 'muted';
      banner.textContent = '';
      return;
    }
    try {
      const result = await api('/api/scan', {method: 'POST', json: {text}});
      if (ticket !== scanned) return;
      paintHighlights(backdrop, text, result.findings);
      if (result.findings.length || result.sensitive) {
        const counts = {};
        result.findings.forEach(f => { counts[f.label] = (counts[f.label] || 0) + 1; });
        const found = Object.entries(counts).map(([label, count]) => label + ' ×' + count).join(', ');
        const allowed = state.models.filter(m => m.hosting && result.allowed_hosting.includes(m.hosting)).map(m => m.id);
        banner.className = result.sensitive ? 'notice' : 'muted';
        banner.textContent = t('scan.found', found || result.reasons.join(', '))
          + (result.sensitive ? ' ' + t('scan.allowed', allowed.join(', ') || '–') : '');
      } else {
        banner.className = 'muted';
        banner.textContent = t('scan.none');
      }
    } catch (error) {
      banner.className = 'notice';
      banner.textContent = t('scan.failed');
    }
  };
  prompt.addEventListener('input', () => {
    clearTimeout(scanTimer);
    scanTimer = setTimeout(scan, 350);
    backdrop.scrollTop = prompt.scrollTop;
  });
  prompt.addEventListener('scroll', () => { backdrop.scrollTop = prompt.scrollTop; });
  file.addEventListener('change', async () => {
    const chosen = file.files[0];
    if (!chosen) return;
    banner.className = 'muted';
    banner.textContent = t('file.reading');
    try {
      const result = await api('/api/extract?name=' + encodeURIComponent(chosen.name), {method: 'POST', body: chosen,
        headers: {'Content-Type': chosen.type || 'application/octet-stream'}});
      prompt.value = (prompt.value ? prompt.value + '\n\n' : '') + result.text;
      banner.textContent = t('file.read', chosen.name, result.text.length);
      await scan();
    } catch (error) {
      banner.className = 'error';
      banner.textContent = t('error', error.message);
    }
    file.value = '';
  });

  const form = el('form', {class: 'composer card', onsubmit: async event => {
    event.preventDefault();
    const text = prompt.value.trim();
    if (!text) return;
    send.disabled = true;
    send.textContent = t('chat.sending');
    conversation.messages.push({role: 'user', content: text});
    if (conversation.messages.length === 1) conversation.title = text.slice(0, 60);
    const reply = {role: 'assistant', content: ''};
    conversation.messages.push(reply);
    prompt.value = '';
    backdrop.replaceChildren();
    banner.className = 'muted';
    banner.textContent = '';
    redraw();
    const answerNode = messages.lastChild.querySelector('.answer');
    try {
      await stream(picker.value, conversation.messages.slice(0, -1), reply, () => renderMarkdown(answerNode, reply.content));
    } catch (error) {
      reply.error = error.message;
    }
    storeConversation(conversation);
    redraw();
    send.disabled = false;
    send.textContent = t('chat.send');
    renderList();
    prompt.focus();
  }},
  el('div', {class: 'row'}, el('label', {for: 'model'}, t('chat.model')), picker, pickedBadge),
  limits,
  el('label', {for: 'prompt'}, t('chat.prompt')),
  el('div', {class: 'editor'}, backdrop, prompt),
  banner,
  el('div', {class: 'row'}, el('label', {for: 'file'}, t('chat.file')), file),
  el('div', {class: 'row'}, send));

  const list = el('ul', {});
  const renderList = () => {
    list.replaceChildren(...conversations().map(c => el('li', {}, el('button', {type: 'button', class: 'secondary',
      'aria-current': c.id === conversation.id ? 'true' : false, onclick: () => {
        sessionStorage.setItem('passerelle.current', c.id);
        conversation = currentConversation();
        redraw();
        renderList();
      }}, c.title))));
  };
  const side = el('aside', {class: 'conversations card', 'aria-label': t('chat.conversations')},
    el('button', {type: 'button', id: 'new-conversation', onclick: () => { conversation = newConversation(); redraw(); renderList(); }}, t('chat.new')),
    el('h2', {}, t('chat.conversations')), list,
    el('div', {class: 'row'},
      el('button', {type: 'button', class: 'secondary', id: 'export', onclick: exportMarkdown}, t('chat.export')),
      el('button', {type: 'button', class: 'secondary', id: 'delete-all', onclick: () => {
        saveConversations([]);
        conversation = newConversation();
        redraw();
        renderList();
      }}, t('chat.deleteAll'))),
    el('p', {class: 'muted'}, t('chat.local')));
  show(el('div', {class: 'chat'}, side, el('section', {'aria-label': t('nav.chat')}, messages, total, form)));
  updateBadge();
  redraw();
  renderList();
}

/** Paints the findings behind the textarea: the same text, transparent, with marks where the findings are. */
function paintHighlights(backdrop, text, findings) {
  const nodes = [];
  let at = 0;
  for (const finding of [...findings].sort((a, b) => a.start - b.start)) {
    if (finding.start < at) continue;
    nodes.push(document.createTextNode(text.slice(at, finding.start)));
    nodes.push(el('mark', {'data-label': finding.label}, text.slice(finding.start, finding.end)));
    at = finding.end;
  }
  nodes.push(document.createTextNode(text.slice(at) + '\n'));
  backdrop.replaceChildren(...nodes);
}

/** Sends the conversation and reads the answer as it streams (server-sent events). */
async function stream(model, history, reply, onText) {
  const response = await fetch('/v1/chat/completions', {method: 'POST',
    headers: {'Authorization': 'Bearer ' + state.key, 'Content-Type': 'application/json'},
    body: JSON.stringify({model, stream: true, messages: history.map(m => ({role: m.role, content: m.content}))})});
  if (!response.ok) {
    const body = await response.json().catch(() => ({}));
    const error = body.error || {};
    let message = error.message || ('HTTP ' + response.status);
    if (error.code === 'training_required') message += ' → /training';
    throw new Error(message);
  }
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let buffer = '';
  for (;;) {
    const {value, done} = await reader.read();
    if (done) break;
    buffer += decoder.decode(value, {stream: true});
    let end;
    while ((end = buffer.indexOf('\n\n')) >= 0) {
      const event = buffer.slice(0, end);
      buffer = buffer.slice(end + 2);
      for (const line of event.split('\n')) {
        if (!line.startsWith('data: ')) continue;
        const data = line.slice(6);
        if (data === '[DONE]') return;
        const chunk = JSON.parse(data);
        if (chunk.error) throw new Error(chunk.error.message);
        if (chunk.passerelle) reply.provenance = chunk.passerelle;
        const delta = chunk.choices && chunk.choices[0] && chunk.choices[0].delta;
        if (delta && delta.content) {
          reply.content += delta.content;
          onText();
        }
      }
    }
  }
}

// ---- my usage ----

function chart(canvas, config) {
  if (!window.Chart) return;
  state.charts.push(new window.Chart(canvas, config));
}

async function usagePage() {
  const [usage, history] = await Promise.all([api('/api/usage'), api('/api/usage/history?days=30')]);
  const counter = (title, c) => el('div', {class: 'card'}, el('h2', {}, title),
    el('p', {}, number(c.requests) + ' ' + t('usage.requests') + ' · ' + number(c.tokens) + ' ' + t('usage.tokens')
      + ' · ' + number(c.energy_wh) + ' Wh · ' + number(c.gco2eq) + ' gCO2eq'));
  const days = [...new Set(history.data.map(line => line.date))];
  const models = [...new Set(history.data.map(line => line.model))];
  const perDay = el('canvas', {id: 'chart-days', role: 'img', 'aria-label': t('usage.perDay')});
  const perModel = el('canvas', {id: 'chart-models', role: 'img', 'aria-label': t('usage.perModel')});
  const comparison = el('canvas', {id: 'chart-compare', role: 'img', 'aria-label': t('usage.compare')});
  const table = el('table', {}, el('thead', {}, el('tr', {}, el('th', {}, t('usage.date')), el('th', {}, t('usage.model')),
    el('th', {}, t('usage.requests')), el('th', {}, t('usage.energy')), el('th', {}, t('usage.gwp')))),
  el('tbody', {}, history.data.map(line => el('tr', {}, el('td', {}, line.date), el('td', {}, line.model),
    el('td', {}, number(line.requests)), el('td', {}, number(line.energy_wh)), el('td', {}, number(line.gco2eq))))));
  const quotas = usage.quotas.length
    ? el('ul', {}, usage.quotas.map(q => el('li', {}, q.scope + ' · ' + q.period + ' · ' + q.metric + ' : '
      + number(q.used) + (q.soft !== null ? ' / ' + number(q.soft) + ' (soft)' : '') + (q.hard !== null ? ' / ' + number(q.hard) + ' (hard)' : ''))))
    : el('p', {class: 'muted'}, t('usage.none'));
  show(el('h1', {}, t('usage.title')),
    el('div', {class: 'charts'}, counter(t('usage.today'), usage.user.day), counter(t('usage.month'), usage.user.month)),
    el('div', {class: 'charts'},
      el('div', {class: 'card'}, el('h2', {}, t('usage.perDay')), perDay),
      el('div', {class: 'card'}, el('h2', {}, t('usage.perModel')), perModel),
      el('div', {class: 'card'}, el('h2', {}, t('usage.compare')), comparison)),
    el('div', {class: 'card'}, el('h2', {}, t('usage.quotas')), quotas),
    el('div', {class: 'card'}, table));
  const sum = (filter, field) => history.data.filter(filter).reduce((total, line) => total + line[field], 0);
  chart(perDay, {type: 'bar', data: {labels: days, datasets: [
    {label: t('usage.requests'), data: days.map(d => sum(l => l.date === d, 'requests')), yAxisID: 'y'},
    {label: t('usage.energy'), data: days.map(d => sum(l => l.date === d, 'energy_wh')), type: 'line', yAxisID: 'y1'}]},
  options: {animation: false, scales: {y: {beginAtZero: true}, y1: {beginAtZero: true, position: 'right'}}}});
  chart(perModel, {type: 'bar', data: {labels: models, datasets: [
    {label: t('usage.requests'), data: models.map(m => sum(l => l.model === m, 'requests'))},
    {label: t('usage.gwp'), data: models.map(m => sum(l => l.model === m, 'gco2eq'))}]}, options: {animation: false}});
  chart(comparison, {type: 'bar', data: {labels: [t('usage.mine'), ...history.comparison.map(c => c.model)],
    datasets: [{label: 'gCO2eq', data: [history.totals.gco2eq, ...history.comparison.map(c => c.gco2eq)]}]},
  options: {animation: false, indexAxis: 'y'}});
}

// ---- statement ----

async function statementPage() {
  const today = new Date().toISOString().slice(0, 10);
  const start = new Date(Date.now() - 365 * 86400000).toISOString().slice(0, 10);
  const project = el('input', {id: 'statement-project', type: 'text'});
  const from = el('input', {id: 'statement-from', type: 'date', value: start, required: true});
  const to = el('input', {id: 'statement-to', type: 'date', value: today, required: true});
  const lang = el('select', {id: 'statement-lang'}, el('option', {value: 'fr'}, 'français'), el('option', {value: 'en'}, 'English'));
  lang.value = state.lang;
  const format = el('select', {id: 'statement-format'}, el('option', {value: 'md'}, 'Markdown'), el('option', {value: 'docx'}, 'Word (DOCX)'));
  const result = el('div', {id: 'statement-result', 'aria-live': 'polite'});
  const query = () => new URLSearchParams({project: project.value, from: from.value, to: to.value, lang: lang.value}).toString();
  const form = el('form', {class: 'card', onsubmit: async event => {
    event.preventDefault();
    try {
      if (format.value === 'docx') {
        await download('/api/statement?' + query() + '&format=docx', 'utilisation-ia.docx');
        return;
      }
      const text = await api('/api/statement?' + query() + '&format=md');
      const preview = el('div', {class: 'card answer', id: 'statement-preview'});
      renderMarkdown(preview, text);
      result.replaceChildren(preview, el('button', {type: 'button', class: 'secondary', onclick: () => {
        const link = el('a', {href: URL.createObjectURL(new Blob([text], {type: 'text/markdown'})), download: 'utilisation-ia.md'});
        document.body.append(link);
        link.click();
        link.remove();
      }}, t('statement.download')));
    } catch (error) {
      result.replaceChildren(el('p', {class: 'error', role: 'alert'}, t('error', error.message)));
    }
  }},
  el('div', {class: 'field'}, el('label', {for: 'statement-project'}, t('statement.project')), project),
  el('div', {class: 'row'}, el('label', {for: 'statement-from'}, t('statement.from')), from,
    el('label', {for: 'statement-to'}, t('statement.to')), to),
  el('div', {class: 'row'}, el('label', {for: 'statement-lang'}, t('statement.lang')), lang,
    el('label', {for: 'statement-format'}, t('statement.format')), format),
  el('div', {class: 'row'}, el('button', {type: 'submit', id: 'statement-submit'}, t('statement.submit'))));
  show(el('h1', {}, t('statement.title')), el('p', {}, t('statement.intro')), form, result);
}

// ---- datasets (R7) ----

async function datasetsPage(editing = null) {
  const register = await api('/api/datasets');
  const en = state.lang === 'en';
  const verdict = el('div', {id: 'dataset-verdict', 'aria-live': 'polite'});
  const purpose = el('select', {id: 'dataset-purpose'},
    Object.entries(register.purposes).map(([id, text]) => el('option', {value: id}, en ? text.en : text.fr)));
  const check = async name => {
    try {
      const answer = await api('/api/datasets/' + encodeURIComponent(name) + '/check?' + new URLSearchParams({purpose: purpose.value, lang: state.lang}));
      const label = purpose.selectedOptions[0].textContent;
      verdict.replaceChildren(answer.allowed
        ? el('p', {class: 'ok', role: 'status'}, t('datasets.allowed', name, label))
        : el('div', {class: 'notice', role: 'status'}, el('p', {}, t('datasets.refused', name, label)),
          el('ul', {}, answer.missing.map(item => el('li', {}, item.message, ' ', el('span', {class: 'muted'}, '[' + item.source + ']')))),
          el('p', {}, answer.contact)));
    } catch (error) {
      verdict.replaceChildren(el('p', {class: 'error', role: 'alert'}, t('error', error.message)));
    }
  };
  const list = register.data.length === 0 ? el('p', {class: 'muted'}, t('datasets.none'))
    : table(['name', 'origin', 'personal-data', 'owner'], register.data, row => [
      el('button', {type: 'button', class: 'secondary', 'data-check': row.name, onclick: () => check(row.name)}, t('datasets.check')), ' ',
      el('button', {type: 'button', class: 'secondary', 'data-edit': row.name, onclick: () => datasetsPage(row)}, t('datasets.edit'))]);
  const controls = {};
  const message = el('div', {'aria-live': 'polite'});
  const form = el('form', {class: 'card', id: 'dataset-form', onsubmit: async event => {
    event.preventDefault();
    const values = {};
    for (const [key, control] of Object.entries(controls)) {
      const value = control.type === 'checkbox' ? control.checked : control.value;
      if (editing) values[key] = value;
      else if (value !== '' && value !== false) values[key] = value;
    }
    try {
      const name = editing ? editing.name : values.name;
      if (editing) {
        delete values.name;
        await api('/api/datasets/' + encodeURIComponent(name), {method: 'POST', json: values});
      } else {
        await api('/api/datasets', {method: 'POST', json: values});
      }
      await datasetsPage();
      document.querySelector('#dataset-purpose').value = purpose.value;
      await document.querySelector('[data-check="' + CSS.escape(name) + '"]').click();
    } catch (error) {
      message.replaceChildren(el('p', {class: 'error', role: 'alert'}, t('error', error.message)));
    }
  }}, el('h2', {}, editing ? t('datasets.update', editing.name) : t('datasets.register')));
  const field = (key, control, help) => {
    controls[key] = control;
    form.append(el('div', {class: 'field'}, el('label', {for: control.id}, key === 'name' ? t('datasets.name') : key), control,
      help ? el('span', {class: 'muted'}, ' ' + help) : null));
  };
  if (!editing) field('name', el('input', {id: 'ds-name', type: 'text', required: true}));
  for (const f of register.fields) {
    const id = 'ds-' + f.key;
    const current = editing ? editing[f.key] : null;
    let control;
    if (f.type === 'boolean') {
      control = el('input', {id, type: 'checkbox'});
      control.checked = current === true;
    } else if (f.type === 'choice') {
      control = el('select', {id}, el('option', {value: ''}, t('datasets.empty')), f.choices.map(c => el('option', {value: c}, c)));
      control.value = current || '';
    } else {
      control = el('input', {id, type: f.type === 'date' ? 'date' : 'text'});
      control.value = current || '';
    }
    field(f.key, control, f.help);
  }
  form.append(el('div', {class: 'row'}, el('button', {type: 'submit', id: 'dataset-save'}, t('datasets.save')),
    editing ? el('button', {type: 'button', class: 'secondary', onclick: () => datasetsPage()}, t('datasets.cancel')) : null), message);
  show(el('h1', {}, t('datasets.title')), el('p', {}, t('datasets.intro')),
    el('div', {class: 'card'}, el('div', {class: 'row'}, el('label', {for: 'dataset-purpose'}, t('datasets.purpose')), purpose), list, verdict),
    form);
}

// ---- training ----

async function trainingPage() {
  const catalogue = await api('/api/training');
  const en = state.lang === 'en';
  const levels = [];
  let current = null;
  for (const course of catalogue.courses) {
    if (!current || current.level !== course.level) {
      current = {level: course.level, courses: []};
      levels.push(current);
    }
    current.courses.push(course);
  }
  const training = state.me.training;
  const status = training.valid
    ? el('p', {class: 'ok', role: 'status'}, t('training.valid', training.valid_until))
    : el('p', {class: 'notice', role: 'status'}, t('training.required'));
  const titles = catalogue.courses.map(c => en ? c.title_en : c.title_fr);
  const which = el('select', {id: 'training-which'}, titles.map(title => el('option', {value: title}, title)));
  const date = el('input', {type: 'date', id: 'training-date', value: new Date().toISOString().slice(0, 10)});
  const ack = el('input', {type: 'checkbox', id: 'training-ack'});
  const result = el('div', {role: 'status', 'aria-live': 'polite'});
  const form = training.self_attestation ? el('form', {class: 'card', onsubmit: async event => {
    event.preventDefault();
    try {
      await api('/api/me/attestations', {method: 'POST', json: {training: which.value, attested_on: date.value, ethics_acknowledged: ack.checked}});
      await loadMe();
      await trainingPage();
    } catch (error) {
      result.replaceChildren(el('p', {class: 'error', role: 'alert'}, t('error', error.message)));
    }
  }},
  el('h2', {}, t('training.form')),
  el('div', {class: 'field'}, el('label', {for: 'training-which'}, t('training.which')), which),
  el('div', {class: 'field'}, el('label', {for: 'training-date'}, t('training.date')), date),
  el('div', {class: 'row'}, ack, el('label', {for: 'training-ack'}, t('training.ack'))),
  el('div', {class: 'row'}, el('button', {type: 'submit', id: 'training-submit'}, t('training.submit'))), result)
    : el('p', {class: 'muted'}, t('training.byAdmin'));
  show(el('h1', {}, t('training.title')), status, el('p', {}, t('training.intro')),
    el('div', {class: 'card'}, levels.map(level => [el('h2', {}, t('level.' + level.level)),
      el('ul', {}, level.courses.map(course => el('li', {}, el('a', {href: course.url, rel: 'noopener noreferrer'},
        en ? course.title_en : course.title_fr), ' ', el('span', {class: 'muted'}, [course.provider, course.duration].filter(Boolean).join(', ')))))])),
    el('div', {class: 'card'}, el('h2', {}, t('training.ethics')),
      el('ol', {}, catalogue.ethics.map(p => el('li', {}, en ? p.en : p.fr)))),
    form);
}

// ---- administration ----

const TABS = ['users', 'keys', 'processings', 'attestations', 'quotas', 'providers', 'audit', 'footprint'];

function table(columns, rows, actions) {
  return el('table', {}, el('thead', {}, el('tr', {}, columns.map(c => el('th', {scope: 'col'}, c)), actions ? el('th', {}) : null)),
    el('tbody', {}, rows.map(row => el('tr', {}, columns.map(c => el('td', {}, row[c] === null || row[c] === undefined ? '–'
      : (typeof row[c] === 'object' ? JSON.stringify(row[c]) : String(row[c])))), actions ? el('td', {}, actions(row)) : null))));
}

function inputs(fields, submit, label) {
  const controls = {};
  const form = el('form', {class: 'row', onsubmit: async event => {
    event.preventDefault();
    const values = {};
    for (const [name, control] of Object.entries(controls)) {
      if (control.type === 'checkbox') values[name] = control.checked;
      else if (control.value !== '') values[name] = control.value;
    }
    await submit(values);
  }});
  for (const field of fields) {
    const id = 'f-' + field.name;
    const control = field.options ? el('select', {id}, field.options.map(o => el('option', {value: o}, o)))
      : el('input', {id, type: field.type || 'text', placeholder: field.placeholder || ''});
    controls[field.name] = control;
    form.append(el('label', {for: id}, field.label || field.name), control);
  }
  form.append(el('button', {type: 'submit'}, label || t('admin.create')));
  return form;
}

async function adminPage(tab = sessionStorage.getItem('passerelle.admin-tab') || 'users') {
  const admin = state.me.role === 'admin';
  const panel = el('div', {class: 'card', id: 'admin-panel', role: 'tabpanel'});
  const message = el('div', {role: 'status', 'aria-live': 'polite'});
  const tabs = el('div', {class: 'tabs', role: 'tablist'}, TABS.map(name => el('button', {type: 'button', role: 'tab', id: 'tab-' + name,
    'aria-selected': name === tab ? 'true' : 'false', class: name === tab ? '' : 'secondary',
    onclick: () => { sessionStorage.setItem('passerelle.admin-tab', name); adminPage(name); }}, t('admin.' + name))));
  show(el('h1', {}, t('nav.admin')), tabs, message, panel);
  const act = async (work) => {
    try {
      const shown = await work();
      await adminPage(tab);
      if (shown) document.querySelector('#admin-panel').prepend(el('p', {class: 'ok', role: 'alert'}, shown));
    } catch (error) {
      message.replaceChildren(el('p', {class: 'error', role: 'alert'}, t('error', error.message)));
    }
  };
  const post = (path, json) => api(path, {method: 'POST', json});
  if (tab === 'users') {
    const users = (await api('/api/admin/users')).data;
    panel.append(table(['name', 'role', 'team'], users));
    if (admin) panel.append(inputs([{name: 'name'}, {name: 'role', options: ['user', 'dpo', 'admin']}, {name: 'team'}],
      values => act(async () => t('admin.shownOnce', (await post('/api/admin/users', values)).key))));
  } else if (tab === 'keys') {
    const keys = (await api('/api/admin/keys')).data;
    panel.append(table(['prefix', 'user', 'kind', 'processing', 'created_at', 'revoked_at'], keys, row => row.revoked_at ? t('admin.revoked')
      : el('button', {type: 'button', class: 'danger', 'data-key': row.id, onclick: event => {
        const button = event.currentTarget;
        if (button.dataset.armed) act(() => post('/api/admin/keys/' + encodeURIComponent(row.id) + '/revoke', {}).then(() => null));
        else {
          button.dataset.armed = 'true';
          button.textContent = t('admin.confirm');
        }
      }}, t('admin.revoke'))));
    panel.append(inputs([{name: 'user'}, {name: 'kind', options: ['personal', 'automated']}, {name: 'processing'}],
      values => act(async () => t('admin.shownOnce', (await post('/api/admin/keys', values)).key))));
  } else if (tab === 'processings') {
    panel.append(table(['name', 'purpose', 'dpia_reference', 'approved_on', 'expires_on', 'valid', 'allowed_hosting', 'allowed_providers'],
      (await api('/api/admin/processings')).data));
    panel.append(inputs([{name: 'name'}, {name: 'purpose'}, {name: 'dpia_reference'}, {name: 'approved_on', type: 'date'},
      {name: 'expires_on', type: 'date'}, {name: 'allowed_hosting', placeholder: 'sovereign,external'}, {name: 'allowed_providers'}],
    values => act(async () => {
      values.allowed_hosting = (values.allowed_hosting || '').split(',').map(s => s.trim()).filter(Boolean);
      values.allowed_providers = (values.allowed_providers || '').split(',').map(s => s.trim()).filter(Boolean);
      await post('/api/admin/processings', values);
      return t('saved');
    })));
  } else if (tab === 'attestations') {
    panel.append(table(['user', 'training', 'attested_on', 'expires_on', 'recorded_by'], (await api('/api/admin/attestations')).data));
    if (admin) panel.append(inputs([{name: 'user'}, {name: 'training'}, {name: 'attested_on', type: 'date'},
      {name: 'ethics_acknowledged', type: 'checkbox', label: 'ethics'}], values => act(async () => {
      await post('/api/admin/attestations', values);
      return t('saved');
    })));
  } else if (tab === 'quotas') {
    panel.append(table(['scope', 'subject', 'period', 'metric', 'soft', 'hard'], (await api('/api/admin/quotas')).data, admin ? row =>
      el('button', {type: 'button', class: 'secondary', onclick: () => act(() => api('/api/admin/quotas/' + encodeURIComponent(row.id),
        {method: 'DELETE'}).then(() => null))}, t('admin.delete')) : null));
    if (admin) panel.append(inputs([{name: 'scope', options: ['user', 'team']}, {name: 'subject', placeholder: 'name or *'},
      {name: 'period', options: ['day', 'month']}, {name: 'metric', options: ['requests', 'tokens', 'energy_wh', 'gco2eq']},
      {name: 'soft', type: 'number'}, {name: 'hard', type: 'number'}], values => act(async () => {
      for (const limit of ['soft', 'hard']) if (values[limit] !== undefined) values[limit] = Number(values[limit]);
      await post('/api/admin/quotas', values);
      return t('saved');
    })));
  } else if (tab === 'providers') {
    const providers = (await api('/api/admin/providers')).data;
    panel.append(table(['id', 'type', 'hosting', 'enabled', 'status', 'probe_ms', 'models'], providers.map(p => Object.assign({}, p, {
      status: p.reachable ? t('admin.reachable') + (p.http_status ? ' (' + p.http_status + ')' : '') : t('admin.unreachable'),
      models: p.models.map(m => m.id + ' (' + m.parameters_billion + ' B, tier ' + m.tier + ')').join(', ')}))));
    if (admin) {
      panel.append(el('h2', {}, t('admin.notes')), inputs([{name: 'model', options: providers.flatMap(p => p.models.map(m => m.id))},
        {name: 'fr'}, {name: 'en'}], values => act(async () => {
        await post('/api/admin/models/' + encodeURIComponent(values.model) + '/notes', {fr: values.fr, en: values.en});
        state.models = [];
        return t('saved');
      })));
    }
  } else if (tab === 'audit') {
    const filters = {};
    const load = async values => {
      Object.assign(filters, values);
      const query = new URLSearchParams(Object.entries(filters).filter(([, v]) => v)).toString();
      const audit = await api('/api/admin/audit' + (query ? '?' + query : ''));
      results.replaceChildren(el('p', {}, t('admin.chain', audit.chain_intact ? t('admin.intact') : t('admin.broken'))),
        table(['occurred_at', 'user_id', 'endpoint', 'requested_model', 'served_model', 'hosting', 'decision', 'reason', 'labels', 'energy_wh', 'status'], audit.data));
    };
    const results = el('div', {});
    const exportQuery = () => new URLSearchParams(Object.entries(filters).filter(([, v]) => v)).toString();
    panel.append(inputs([{name: 'from', type: 'date'}, {name: 'to', type: 'date'}, {name: 'decision', options: ['', 'allow', 'reroute', 'refuse', 'error']},
      {name: 'label', placeholder: 'NIR'}], values => load(values), t('admin.filter')),
    el('div', {class: 'row'},
      el('button', {type: 'button', class: 'secondary', id: 'export-csv', onclick: () => download('/api/admin/audit/export?format=csv&'
        + exportQuery(), 'audit.csv').catch(error => message.replaceChildren(el('p', {class: 'error'}, error.message)))}, t('admin.export') + ' CSV'),
      el('button', {type: 'button', class: 'secondary', id: 'export-json', onclick: () => download('/api/admin/audit/export?format=json&'
        + exportQuery(), 'audit.json').catch(error => message.replaceChildren(el('p', {class: 'error'}, error.message)))}, t('admin.export') + ' JSON')),
    results);
    await load({});
  } else if (tab === 'footprint') {
    const by = sessionStorage.getItem('passerelle.report-by') || 'month,team,model';
    const report = await api('/api/admin/report/footprint?by=' + encodeURIComponent(by));
    const columns = [...report.by, 'requests', 'energy_wh', 'energy_wh_min', 'energy_wh_max', 'gco2eq', 'gco2eq_min', 'gco2eq_max'];
    const rows = report.data.concat([Object.assign({[report.by[0]]: 'TOTAL'}, report.total)]);
    panel.append(inputs([{name: 'by', label: t('admin.by'), options: ['month,team,model', 'month', 'team', 'user', 'project', 'model', 'project,model', 'team,month']}],
      values => { sessionStorage.setItem('passerelle.report-by', values.by); return adminPage('footprint'); }, t('admin.filter')),
    table(columns, rows),
    el('p', {class: 'muted'}, Object.entries(report.total.equivalent_gco2eq).map(([model, grams]) => model + ' : ' + number(grams) + ' gCO2eq').join(' · ')),
    el('button', {type: 'button', class: 'secondary', id: 'report-csv', onclick: () => download('/api/admin/report/footprint?format=csv&by='
      + encodeURIComponent(by), 'empreinte.csv')}, t('admin.download')));
  }
}

// ---- start ----

document.getElementById('lang').addEventListener('click', () => {
  state.lang = state.lang === 'fr' ? 'en' : 'fr';
  localStorage.setItem('passerelle.lang', state.lang);
  applyLanguage();
  route();
});
document.getElementById('signout').addEventListener('click', () => {
  sessionStorage.removeItem('passerelle.key');
  state.key = null;
  state.me = null;
  state.models = [];
  location.hash = '';
  route();
});
window.addEventListener('hashchange', route);
applyLanguage();
const loginError = takeLogin();
if (loginError) {
  frame();
  signInPage(loginError);
} else {
  route();
}

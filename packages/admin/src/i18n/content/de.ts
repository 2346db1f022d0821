import type { Message } from '@civic-widgets/elements';
import type { ContentMessageKey } from './en.js';

/** Die Inhaltsseiten (Listen, Formulare, Vorschau, Einbettungscode), auf Deutsch. */
const messages: Partial<Record<ContentMessageKey, Message>> = {
  'content.title': 'Inhalte',
  'content.intro':
    'Erstellen Sie Umfragen, Diskussionen, Petitionen und Bewertungen von Angeboten, sehen Sie sie in der Vorschau an und binden Sie sie auf Ihren Seiten ein.',
  'content.kinds': 'Arten von Inhalten',
  'content.loading': 'Wird geladen…',
  'content.loadError': 'Dies konnte nicht geladen werden: {detail}',
  'content.retry': 'Erneut versuchen',
  'content.notFound': 'Seite nicht gefunden',
  'content.notFoundBody': 'Unter dieser Adresse gibt es nichts. Wählen Sie eine Art von Inhalt aus der Liste.',
  'content.missing': 'Es gibt nichts mit der Kennung „{id}“. Vielleicht wurde es entfernt oder die Adresse ist falsch.',
  'content.readOnly':
    'Sie können diesen Inhalt sehen, aber nicht ändern. Bitten Sie eine Person mit der Rolle Redakteur/in oder Administrator/in um Änderungen.',
  'content.cannotCreate':
    'Mit Ihrer Rolle können Sie keine Inhalte erstellen. Wenden Sie sich an eine Person mit der Rolle Redakteur/in oder Administrator/in.',

  'kind.polls': 'Umfragen',
  'kind.threads': 'Diskussionen',
  'kind.petitions': 'Petitionen',
  'kind.services': 'Bewertungen von Angeboten',
  'create.polls': 'Umfrage erstellen',
  'create.threads': 'Diskussion erstellen',
  'create.petitions': 'Petition erstellen',
  'create.services': 'Bewertung eines Angebots erstellen',
  'duplicate.polls': 'Umfrage kopieren',
  'duplicate.threads': 'Diskussion kopieren',
  'duplicate.petitions': 'Petition kopieren',
  'duplicate.services': 'Bewertung eines Angebots kopieren',
  'duplicate.intro':
    'Dies ist eine Kopie von „{title}“. Prüfen Sie die Kennung und die Daten und speichern Sie sie dann: Sie beginnt als Entwurf.',
  'back.polls': 'Alle Umfragen',
  'back.threads': 'Alle Diskussionen',
  'back.petitions': 'Alle Petitionen',
  'back.services': 'Alle Bewertungen von Angeboten',
  'empty.polls': 'Es gibt noch keine Umfragen.',
  'empty.threads': 'Es gibt noch keine Diskussionen.',
  'empty.petitions': 'Es gibt noch keine Petitionen.',
  'empty.services': 'Es gibt noch keine Bewertungen von Angeboten.',
  'emptyHow.polls': 'Erstellen Sie eine Umfrage, um den Menschen eine Frage zu stellen und ihnen die Ergebnisse zu zeigen.',
  'emptyHow.threads': 'Erstellen Sie eine Diskussion, damit die Menschen auf einer Seite kommentieren können.',
  'emptyHow.petitions':
    'Erstellen Sie eine Petition, damit die Menschen sie unterschreiben und ihren Fortschritt verfolgen können.',
  'emptyHow.services':
    'Erstellen Sie eine Bewertung eines Angebots, um die Menschen zu fragen, wie gut ein Angebot oder eine Seite für sie funktioniert hat.',
  emptyReader: 'Personen mit der Rolle Redakteur/in oder Administrator/in können sie erstellen.',
  'caption.polls': 'Umfragen, neueste zuerst',
  'caption.threads': 'Diskussionen, neueste zuerst',
  'caption.petitions': 'Petitionen, neueste zuerst',
  'caption.services': 'Bewertungen von Angeboten, neueste zuerst',
  'captionArchived.polls': 'Archivierte Umfragen, neueste zuerst',
  'captionArchived.threads': 'Archivierte Diskussionen, neueste zuerst',
  'captionArchived.petitions': 'Archivierte Petitionen, neueste zuerst',
  'captionArchived.services': 'Archivierte Bewertungen von Angeboten, neueste zuerst',
  'search.polls': 'Umfragen durchsuchen',
  'search.threads': 'Diskussionen durchsuchen',
  'search.petitions': 'Petitionen durchsuchen',
  'search.services': 'Bewertungen von Angeboten durchsuchen',
  'search.hint': 'Nach Wörtern aus dem Titel oder nach der Kennung.',
  'search.shown': { one: '{count} von {total} angezeigt', other: '{count} von {total} angezeigt' },
  'search.none': 'Nichts passt zu „{query}“. Prüfen Sie die Schreibweise oder suchen Sie nach der Kennung.',
  'filter.label': 'Welche Inhalte angezeigt werden',
  'filter.current': 'Aktuell',
  'filter.archived': 'Archiviert',
  'filter.noneArchived':
    'Hier ist nichts archiviert. Inhalte, die Sie archivieren, werden hier aufgeführt und können auf ihrer Seite wieder aus dem Archiv geholt werden.',
  'filter.allArchived': 'Hier ist alles archiviert: Sie finden es unter Archiviert.',
  'col.title.polls': 'Frage',
  'col.title.threads': 'Titel',
  'col.title.petitions': 'Titel',
  'col.title.services': 'Angebot',
  'col.id': 'Kennung',
  'col.status': 'Status',
  'col.count.polls': 'Abstimmende Personen',
  'col.count.threads': 'Kommentare',
  'col.count.petitions': 'Unterschriften',
  'col.scale': 'Skala',
  'col.opens': 'Beginn',
  'col.closes': 'Ende',
  untitled: 'Diskussion ohne Titel',

  'phase.draft': 'Entwurf',
  'phase.scheduled': 'Geplant',
  'phase.open': 'Offen',
  'phase.closed': 'Beendet',
  'phase.responded': 'Beantwortet',
  'phase.archived': 'Archiviert',

  'item.id': 'Kennung',
  'item.opensOn': 'Beginnt automatisch am {date}.',
  'item.closesOn': 'Endet automatisch am {date}.',
  'item.closedOn': 'Beendet am {date}.',
  'item.draft':
    'Dies ist ein Entwurf: Die Bürgerinnen und Bürger können ihn nicht sehen. Sehen Sie ihn unten in der Vorschau an und öffnen Sie ihn, wenn er fertig ist.',
  'item.draftScheduled':
    'Dies ist ein Entwurf: Er wird zum Startzeitpunkt nicht von selbst geöffnet. Öffnen Sie ihn (oder setzen Sie seinen Status auf Offen), damit der Zeitplan greift.',
  'item.archived':
    'Archiviert am {date}. Die Bürgerinnen und Bürger sehen ihn als beendet: Seiten, die ihn anzeigen, behalten Text und Ergebnisse, aber niemand kann sich beteiligen. Holen Sie ihn aus dem Archiv, um ihn zu ändern oder erneut zu öffnen.',
  'item.archivedDraft':
    'Archiviert am {date}. Es ist ein Entwurf, daher können die Bürgerinnen und Bürger ihn nicht sehen. Holen Sie ihn aus dem Archiv, um ihn zu ändern.',
  'actions.label': 'Aktionen',
  'action.open': 'Jetzt öffnen',
  'action.reopen': 'Erneut öffnen',
  'action.close': 'Beenden',
  'action.duplicate': 'Duplizieren',
  'action.archive': 'Archivieren',
  'action.unarchive': 'Aus dem Archiv holen',
  'confirm.close.polls': 'Diese Umfrage beenden?',
  'confirm.close.threads': 'Diese Diskussion beenden?',
  'confirm.close.petitions': 'Diese Petition beenden?',
  'confirm.close.services': 'Diese Bewertung eines Angebots beenden?',
  'confirm.closeBody.polls':
    'Die Menschen können dann nicht mehr abstimmen. Die Ergebnisse bleiben erhalten, und Sie können die Umfrage später erneut öffnen.',
  'confirm.closeBody.threads':
    'Die Menschen können dann nicht mehr kommentieren. Die Kommentare bleiben erhalten, und Sie können die Diskussion später erneut öffnen.',
  'confirm.closeBody.petitions':
    'Die Menschen können dann nicht mehr unterschreiben. Die Unterschriften bleiben erhalten, und Sie können die Petition später erneut öffnen.',
  'confirm.closeBody.services':
    'Die Menschen können dann nicht mehr bewerten. Die Bewertungen bleiben erhalten, und Sie können die Bewertung später erneut öffnen.',
  'confirm.yesClose': 'Ja, beenden',
  'confirm.yesSave': 'Ja, speichern und beenden',
  'confirm.archive.polls': 'Diese Umfrage archivieren?',
  'confirm.archive.threads': 'Diese Diskussion archivieren?',
  'confirm.archive.petitions': 'Diese Petition archivieren?',
  'confirm.archive.services': 'Diese Bewertung eines Angebots archivieren?',
  'confirm.archiveBody.polls':
    'Sie verschwindet aus der Liste der Umfragen, und die Menschen können nicht mehr abstimmen. Seiten, die sie anzeigen, zeigen sie weiterhin an, als beendet, mit ihrer Frage und ihren Ergebnissen. Sie können sie später wieder aus dem Archiv holen.',
  'confirm.archiveBody.threads':
    'Sie verschwindet aus der Liste der Diskussionen, und die Menschen können nicht mehr kommentieren. Seiten, die sie anzeigen, zeigen sie weiterhin an, als beendet, mit ihren Kommentaren. Sie können sie später wieder aus dem Archiv holen.',
  'confirm.archiveBody.petitions':
    'Sie verschwindet aus der Liste der Petitionen, und die Menschen können nicht mehr unterschreiben. Seiten, die sie anzeigen, zeigen sie weiterhin an, als beendet, mit ihrem Text, ihren Unterschriften und ihrer Stellungnahme. Sie können sie später wieder aus dem Archiv holen.',
  'confirm.archiveBody.services':
    'Sie verschwindet aus der Liste der Bewertungen von Angeboten, und die Menschen können nicht mehr bewerten. Seiten, die sie anzeigen, zeigen sie weiterhin an, als beendet, so wie sie jetzt ist. Sie können sie später wieder aus dem Archiv holen.',
  'confirm.yesArchive': 'Ja, archivieren',
  'confirm.cancel': 'Abbrechen',
  'notice.created': '„{title}“ ist gespeichert.',
  'notice.createdDraft':
    '„{title}“ ist als Entwurf gespeichert. Sehen Sie ihn unten in der Vorschau an und öffnen Sie ihn, wenn er fertig ist.',
  'notice.saved': 'Ihre Änderungen sind gespeichert. Die Vorschau zeigt sie an.',
  'notice.opened': 'Der Inhalt ist geöffnet: Die Menschen können sich auf den Seiten beteiligen, die ihn anzeigen.',
  'notice.scheduled': 'Der Inhalt ist ab {date} geöffnet: Bis dahin sehen die Menschen, wann er beginnt.',
  'notice.closed': 'Der Inhalt ist beendet: Die Menschen können ihn sehen, sich aber nicht mehr beteiligen.',
  'notice.archived':
    'Der Inhalt ist archiviert: Er ist nicht mehr in der Liste, und die Menschen können ihn sehen, sich aber nicht mehr beteiligen. Sie finden ihn unter Archiviert.',
  'notice.unarchived': 'Der Inhalt ist nicht mehr archiviert: Er ist wieder in der Liste, so wie vorher.',

  'section.preview': 'Vorschau',
  'section.embed': 'Auf einer Seite einbinden',
  'section.edit': 'Bearbeiten',
  'section.settings': 'Einstellungen',

  'form.errorTitle': 'Es gibt ein Problem',
  'form.optional': '{label} (freiwillig)',
  'form.create': 'Speichern',
  'form.save': 'Änderungen speichern',
  'form.saving': 'Wird gespeichert…',
  'form.idFixed':
    'Die Kennung ist {id}. Sie kann nicht geändert werden: Duplizieren Sie den Inhalt, um eine andere Kennung zu verwenden.',
  'form.tz': 'Die Uhrzeiten gelten in Ihrer Zeitzone: {zone}.',
  'languages.title': 'Sprachen',
  'languages.hint':
    'Schreiben Sie die Texte in mehr als einer Sprache, damit jede Seite ihre eigene zeigt: Ein Widget zeigt die Sprache seiner Seite oder die erste Sprache, wenn die Seite in keiner davon ist.',
  'languages.main': 'Die Texte sind verfasst in',
  'languages.others': 'Auch verfasst in',
  'languages.add': 'Sprache hinzufügen',
  'languages.addButton': 'Hinzufügen',
  'languages.remove': '{language} entfernen',
  'languages.in': '{label} — {language}',
  'languages.added': '{language} hinzugefügt: Jeder Text hat jetzt ein Feld dafür.',
  'languages.removed': '{language} entfernt, mitsamt den Texten in dieser Sprache.',
  'form.unsavedPreview': 'Die Vorschau und der Code zum Einbinden auf einer Seite erscheinen, sobald gespeichert wurde.',
  'form.responseKept':
    'Die offizielle Stellungnahme wird auf der Seite Petitionen verfasst; wenn Sie hier speichern, bleibt sie unverändert.',

  'field.polls.id': 'Kennung',
  'field.threads.id': 'Kennung',
  'field.petitions.id': 'Kennung',
  'field.services.id': 'Kennung',
  'hint.id':
    'Wird im Code zum Einbinden auf einer Seite verwendet. Wird aus dem Titel vorgeschlagen; Kleinbuchstaben a–z, Ziffern 0–9 und Bindestriche, höchstens 64 Zeichen. Sie kann später nicht geändert werden.',
  'field.polls.question': 'Frage',
  'hint.polls.question': 'Was Sie fragen, in einfachen Worten, so wie die Menschen es lesen werden. Höchstens 300 Zeichen.',
  'field.polls.description': 'Beschreibung',
  'hint.polls.description':
    'Wird unter der Frage angezeigt: worum es bei der Wahl geht und was mit den Ergebnissen geschieht. Höchstens 2.000 Zeichen.',
  'field.polls.options': 'Antwortoptionen',
  'hint.polls.options':
    'Zwischen 2 und 50 Antworten, aus denen die Menschen wählen, in der angezeigten Reihenfolge. Jede hat eine Beschriftung, die die Menschen lesen, und eine Kennung, die in Ergebnissen und Exporten verwendet wird.',
  'field.polls.mode': 'Wie viele Antwortoptionen kann jede Person wählen?',
  'field.polls.maxChoices': 'Höchstzahl der Antwortoptionen pro Person',
  'hint.polls.maxChoices': 'Leer lassen, um alle zu erlauben.',
  'field.polls.opensAt': 'Beginn',
  'hint.polls.opensAt':
    'Ab diesem Datum und dieser Uhrzeit kann abgestimmt werden. Leer lassen, um zu öffnen, sobald der Status Offen ist.',
  'field.polls.closesAt': 'Ende',
  'hint.polls.closesAt':
    'Zu diesem Datum und dieser Uhrzeit endet die Abstimmung. Leer lassen, damit sie offen bleibt, bis Sie sie beenden.',
  'field.polls.status': 'Status',
  'field.polls.resultsVisibility': 'Wann können die Menschen die Ergebnisse sehen?',
  'field.polls.allowChange': 'Die Menschen können ihre Stimme ändern, bis die Umfrage endet',
  'mode.single': 'Eine Antwortoption',
  'mode.multiple': 'Mehrere Antwortoptionen',
  'results.always': 'Immer, auch vor der Abstimmung',
  'results.after-vote': 'Nachdem sie abgestimmt haben',
  'results.after-close': 'Nachdem die Umfrage beendet ist',
  'results.never': 'Nie: Nur Mitarbeitende sehen sie',
  'options.locked':
    'Es wurde bereits abgestimmt, daher können Antwortoptionen nicht mehr hinzugefügt, entfernt, verschoben oder mit neuen Kennungen versehen werden. Sie können ihre Beschriftungen noch korrigieren oder die Umfrage duplizieren, um erneut zu fragen.',

  'field.threads.title': 'Titel',
  'hint.threads.title': 'Wird über den Kommentaren angezeigt. Höchstens 300 Zeichen.',
  'field.threads.moderation': 'Wann erscheinen Kommentare?',
  'moderation.post': 'Sofort; die Moderation entfernt unangemessene Kommentare danach',
  'moderation.pre': 'Erst nach Freigabe durch die Moderation',
  'field.threads.maxLength': 'Längster Kommentar, in Zeichen',
  'hint.threads.maxLength': 'Eine ganze Zahl von 1 bis 20.000.',
  'field.threads.maxDepth': 'Antwortebenen',
  'hint.threads.maxDepth': '0 erlaubt keine Antworten, 1 erlaubt Antworten auf Kommentare und so weiter bis 10.',
  'field.threads.reportThreshold': 'Meldungen, die einen Kommentar ausblenden',
  'hint.threads.reportThreshold':
    'Wenn so viele verschiedene Personen einen Kommentar melden, wird er ausgeblendet, bis die Moderation ihn geprüft hat. Eine ganze Zahl ab 1.',
  'field.threads.status': 'Status',

  'field.petitions.title': 'Titel',
  'hint.petitions.title': 'Was die Petition fordert, in einem Satz. Höchstens 300 Zeichen.',
  'field.petitions.summary': 'Zusammenfassung',
  'hint.petitions.summary': 'Ein oder zwei Sätze, die unter dem Titel angezeigt werden. Höchstens 1.000 Zeichen.',
  'field.petitions.body': 'Vollständiger Text',
  'hint.petitions.body':
    'Die Gründe und Einzelheiten, als reiner Text; Zeilenumbrüche bleiben erhalten. Höchstens 20.000 Zeichen.',
  'field.petitions.goal': 'Ziel',
  'hint.petitions.goal': 'Die angestrebte Zahl an Unterschriften, als Fortschritt angezeigt. Eine ganze Zahl ab 1.',
  'field.petitions.milestones': 'Zwischenziele',
  'hint.petitions.milestones':
    'Zahlen von Unterschriften, die etwas auslösen, zum Beispiel 10.000 für eine Stellungnahme der Regierung. Werden mit dem Fortschritt angezeigt.',
  'field.petitions.regions': 'Wohnorte',
  'hint.petitions.regions':
    'Gebiete, aus denen die Menschen beim Unterschreiben wählen, um Unterschriften nach Gebiet zu zählen. Leer lassen, um nicht danach zu fragen.',
  'field.petitions.opensAt': 'Beginn',
  'hint.petitions.opensAt':
    'Ab diesem Datum und dieser Uhrzeit kann unterschrieben werden. Leer lassen, um zu öffnen, sobald der Status Offen ist.',
  'field.petitions.closesAt': 'Ende',
  'hint.petitions.closesAt':
    'Zu diesem Datum und dieser Uhrzeit endet das Unterschreiben. Leer lassen, damit die Petition offen bleibt, bis Sie sie beenden.',
  'field.petitions.status': 'Status',

  'field.services.name': 'Angebot',
  'hint.services.name':
    'Das Angebot, das bewertet wird, so wie die Menschen es kennen, zum Beispiel „Anwohnerparkausweise“. Höchstens 200 Zeichen.',
  'field.services.question': 'Frage',
  'hint.services.question':
    'Was die Menschen gefragt werden, zum Beispiel „Wie einfach war die Antragstellung?“. Höchstens 300 Zeichen.',
  'field.services.scale': 'Skala',
  'hint.services.scale': 'Sie kann nicht mehr geändert werden, sobald bewertet wurde.',
  'scale.stars5': '1 bis 5 Sterne',
  'scale.yesno': 'Ja oder Nein, zum Beispiel „War diese Seite hilfreich?“',
  'scale.csat5': '5 Stufen, von sehr unzufrieden bis sehr zufrieden',
  'field.services.reasons': 'Gründe',
  'hint.services.reasons':
    'Gründe, die die Menschen nach der Bewertung ankreuzen können, zum Beispiel „Schwer zu finden“. Jeder hat eine Beschriftung und eine Kennung.',
  'field.services.commentMaxLength': 'Längster Kommentar, in Zeichen',
  'hint.services.commentMaxLength':
    'Die Menschen können nach der Bewertung einen Kommentar hinzufügen. 0 schaltet Kommentare aus; höchstens 5.000.',
  'field.services.publicAggregate': 'Gesamtbewertung für alle anzeigen',
  'hint.services.publicAggregate': 'Entfernen Sie das Häkchen, damit nur Mitarbeitende die Ergebnisse sehen.',
  'field.services.status': 'Status',

  'status.draft': 'Entwurf: Nur Mitarbeitende können ihn sehen',
  'status.open': 'Offen: Die Menschen können sich beteiligen',
  'status.closed': 'Beendet: Die Menschen können den Inhalt sehen, sich aber nicht beteiligen',
  'status.responded': 'Beantwortet: beendet, mit der offiziellen Stellungnahme',

  'row.option': 'Antwortoption {n}',
  'row.region': 'Wohnort {n}',
  'row.reason': 'Grund {n}',
  'row.milestone': 'Zwischenziel {n}',
  'row.label': 'Beschriftung',
  'row.id': 'Kennung',
  'row.idHint': 'Wird aus der Beschriftung erzeugt, bis Sie sie ändern.',
  'row.count': 'Unterschriften',
  'row.up': 'Nach oben',
  'row.down': 'Nach unten',
  'row.remove': 'Entfernen',
  'row.moved': '{row} ist jetzt Nummer {n}.',
  'row.removed': '{row} entfernt.',
  'row.added': '{row} hinzugefügt.',
  'add.option': 'Antwortoption hinzufügen',
  'add.region': 'Wohnort hinzufügen',
  'add.reason': 'Grund hinzufügen',
  'add.milestone': 'Zwischenziel hinzufügen',
  'label.option.label': 'Beschriftung der Antwortoption {n}',
  'label.option.id': 'Kennung der Antwortoption {n}',
  'label.region.label': 'Name des Wohnorts {n}',
  'label.region.id': 'Kennung des Wohnorts {n}',
  'label.reason.label': 'Beschriftung des Grundes {n}',
  'label.reason.id': 'Kennung des Grundes {n}',
  'label.milestone.count': 'Unterschriften für Zwischenziel {n}',
  'label.milestone.label': 'Beschriftung des Zwischenziels {n}',

  'rule.required': '{label} darf nicht leer sein',
  'rule.tooLong': '{label} darf höchstens {max} Zeichen lang sein',
  'rule.controlChars':
    '{label} enthält Zeichen, die nicht verwendet werden können: Tippen Sie den Text neu ein, statt ihn einzufügen',
  'rule.slug':
    '{label} darf nur Kleinbuchstaben a–z, Ziffern 0–9 und Bindestriche enthalten, muss mit einem Buchstaben oder einer Ziffer beginnen und darf höchstens 64 Zeichen lang sein',
  'rule.taken': 'Diese Kennung wird bereits verwendet: Wählen Sie eine andere',
  'rule.reserved': '„new“ kann nicht als Kennung verwendet werden: Wählen Sie eine andere',
  'rule.options': 'Geben Sie zwischen {min} und {max} Antwortoptionen an',
  'rule.duplicateIds': 'Jeder Eintrag braucht eine andere Kennung',
  'rule.optionsLocked':
    'Es wurde bereits abgestimmt, daher können die Antwortoptionen nicht mehr hinzugefügt, entfernt, verschoben oder mit neuen Kennungen versehen werden. Sie können ihre Beschriftungen noch korrigieren.',
  'rule.scaleLocked': 'Dieses Angebot wurde bereits bewertet, daher kann seine Skala nicht mehr geändert werden.',
  'rule.choose': 'Wählen Sie eine der Antworten für „{label}“',
  'rule.wholeMin': '{label} muss eine ganze Zahl ab {min} sein',
  'rule.wholeRange': '{label} muss eine ganze Zahl von {min} bis {max} sein',
  'rule.date': '{label} muss ein gültiges Datum mit Uhrzeit sein',
  'rule.incompleteDate': '{label} muss ein vollständiges Datum mit Uhrzeit sein oder leer bleiben',
  'rule.closesBeforeOpens': 'Das Ende muss nach dem Beginn liegen',
  'rule.other': '{label}: {message}',

  yes: 'Ja',
  no: 'Nein',
  none: 'Keine',

  'preview.intro':
    'Das Widget, wie die Bürgerinnen und Bürger es sehen, auf Grundlage des gespeicherten Stands. Speichern Sie Ihre Änderungen, um sie hier zu sehen.',
  'preview.draft': 'Der Inhalt ist noch nicht geöffnet: Nur Mitarbeitende können diese Vorschau sehen.',
  'preview.readOnly': 'Nichts, was Sie in der Vorschau tun, wird gesendet oder gezählt.',
  'preview.controls': 'Einstellungen der Vorschau',
  'preview.language': 'Sprache des Widgets',
  'preview.colour': 'Hauptfarbe',
  'preview.colourHint': 'Die Farbe von Schaltflächen, Links und Balken auf Ihrer Website.',
  'preview.contrast':
    'Diese Farbe hat einen Kontrast von {ratio}:1 zum Hintergrund. Text und Schaltflächen brauchen mindestens 4,5:1, um gut lesbar zu sein.',
  'preview.background': 'Seitenhintergrund',
  'preview.light': 'Hell',
  'preview.dark': 'Dunkel',
  'preview.loading': 'Vorschau wird geladen…',
  'preview.failed': 'Die Vorschau konnte nicht geladen werden: {detail}',
  'preview.blocked':
    'Dies ist eine Vorschau: Es wurde nichts gesendet oder gezählt. Die Bürgerinnen und Bürger beteiligen sich auf Ihrer Website.',
  'preview.region': 'Vorschau des Widgets',

  'embed.intro':
    'Kopieren Sie diesen Code in das HTML der Seite, auf der der Inhalt erscheinen soll. Die erste Zeile wird einmal pro Seite benötigt, auch bei mehreren Widgets.',
  'embed.copy': 'Code kopieren',
  'embed.copied': 'Kopiert. Fügen Sie ihn in das HTML Ihrer Seite ein.',
  'embed.select': 'Der Code ist markiert: Drücken Sie Strg+C (oder ⌘ C auf einem Mac), um ihn zu kopieren.',
  'embed.lang': 'Das Widget verwendet die Sprache der Seite (ihr lang-Attribut) oder Englisch.',
  'embed.sites': 'Die Menschen können sich nur auf Seiten zugelassener Websites beteiligen.',
  'embed.sitesLink': 'Prüfen Sie unter Websites, ob Ihre Website zugelassen ist',
  'field.any.eligibility': 'Wer kann sich beteiligen?',
  'eligibility.anyone': 'Alle',
  'eligibility.verified': 'Nur Personen, die auf Ihrer eigenen Website angemeldet sind (verifizierte Teilnehmende)',
  'hint.any.eligibility':
    'Für verifizierte Teilnehmende muss Ihre Website den Widgets ein Anmelde-Token übergeben (siehe Betriebshandbuch). Jede Person zählt dann nur einmal, egal mit welchem Gerät.',
  'field.any.signIn': 'Anmeldeseite',
  'hint.any.signIn':
    'Die Adresse der Anmeldeseite Ihrer Website, zum Beispiel https://www.city.gov/sign-in. Das Widget verlinkt darauf für alle, die nicht angemeldet sind.',
  'field.any.claimName': 'Nur Personen, deren Konto diese Angabe enthält',
  'hint.any.claimName':
    'Freiwillig: der Name einer Angabe im Anmelde-Token, zum Beispiel area. Leer lassen, damit sich alle verifizierten Teilnehmenden beteiligen können.',
  'field.any.claimValues': 'Zulässige Werte dieser Angabe',
  'hint.any.claimValues': 'Durch Kommas getrennt, zum Beispiel north, south.',
  'field.any.challenge': 'Jedes Gerät eine kleine Rechenaufgabe lösen lassen, bevor seine Antwort zählt',
  'hint.any.challenge':
    'Bei einer Flut automatisierter Antworten verwenden. Das Widget löst die Aufgabe selbst, in etwa einer Sekunde auf einem günstigen Smartphone; die Menschen müssen nichts tun. Netze, aus denen viele Antworten kommen, müssen sie ohnehin lösen.',
};

export default messages;

import { noChange } from 'lit';
import { Directive, type ElementPart, type PartInfo, PartType, directive } from 'lit/directive.js';

/**
 * Sets CSS properties through the CSSOM (`style.setProperty`), never through
 * a `style` attribute, so widgets work under a Content-Security-Policy without
 * 'unsafe-inline' styles. (lit's `styleMap` writes the attribute on first render.)
 *
 * ```ts
 * html`<div ${styleProps({ 'inline-size': '40%' })}></div>`
 * ```
 */
class StyleProps extends Directive {
  constructor(info: PartInfo) {
    super(info);
    if (info.type !== PartType.ELEMENT) throw new Error('styleProps() goes on an element: <div ${styleProps({...})}>');
  }

  render(_props: Record<string, string>): typeof noChange {
    return noChange;
  }

  override update(part: ElementPart, [props]: [Record<string, string>]): typeof noChange {
    const { style } = part.element as HTMLElement;
    for (const [name, value] of Object.entries(props)) style.setProperty(name, value);
    return noChange;
  }
}

export const styleProps = directive(StyleProps);

/**
 * Simplified ⇄ Traditional Chinese at phrase level, as OpenCC converts it: OpenCC's dictionaries
 * and config files, read into compact tries and chained as its configs chain them, behind the
 * small {@link ScriptConverter} interface.
 */
package org.tribune.zh;

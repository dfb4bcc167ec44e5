package org.tribune;
public class Main { public static void main(String[] a) {} }

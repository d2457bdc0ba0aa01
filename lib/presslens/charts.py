"""Matplotlib charts of the suite, with one colour per side across every chart.  [issue #6]"""

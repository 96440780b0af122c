using System;
using System.Collections.Generic;

namespace SymbolicGd.Generator
{
    /// <summary>
    /// The members a loss adds to its type. Each is named <c>Name</c> + its suffix (the enum
    /// member's name), so adding a member is one line here, plus a case in
    /// <see cref="GeneratedNames.IsGenerated"/> when it is not generated for every loss.
    /// </summary>
    internal enum GeneratedMember
    {
        Gradient,
        Hessian,
        Derivative,
        SecondDerivative,
        Minimize,
        Loss,
    }

    /// <summary>
    /// The names of the members generated for one loss: the one place both the emitter, which
    /// writes them, and the SGD0017 check, which looks for them in the user's type, take them from.
    /// </summary>
    internal readonly struct GeneratedNames
    {
        private static readonly GeneratedMember[] Members = (GeneratedMember[])Enum.GetValues(typeof(GeneratedMember));

        private readonly string _method;
        private readonly int _variableCount;
        private readonly bool _isData;

        /// <param name="method">The loss method's name without '@' (a generated name is a new identifier).</param>
        /// <param name="variableCount">The number of optimisation variables.</param>
        /// <param name="isData">Whether the loss has data columns or fixed values (it gets no one-variable derivatives).</param>
        public GeneratedNames(string method, int variableCount, bool isData = false)
        {
            _method = method;
            _variableCount = variableCount;
            _isData = isData;
        }

        /// <summary>NameGradient(p1..pn, gradient).</summary>
        public string Gradient => this[GeneratedMember.Gradient];

        /// <summary>NameHessian(p1..pn, hessian).</summary>
        public string Hessian => this[GeneratedMember.Hessian];

        /// <summary>NameDerivative(p), one variable only.</summary>
        public string Derivative => this[GeneratedMember.Derivative];

        /// <summary>NameSecondDerivative(p), one variable only.</summary>
        public string SecondDerivative => this[GeneratedMember.SecondDerivative];

        /// <summary>NameMinimize(p1..pn, options).</summary>
        public string Minimize => this[GeneratedMember.Minimize];

        /// <summary>The NameLoss struct.</summary>
        public string Loss => this[GeneratedMember.Loss];

        public string this[GeneratedMember member] => _method + member.ToString();

        /// <summary>Every member name this loss generates, in declaration order.</summary>
        public IEnumerable<string> All
        {
            get
            {
                foreach (GeneratedMember member in Members)
                {
                    if (IsGenerated(member, _variableCount, _isData))
                    {
                        yield return this[member];
                    }
                }
            }
        }

        /// <summary>Whether a loss with this many variables gets the member.</summary>
        public static bool IsGenerated(GeneratedMember member, int variableCount, bool isData = false) => member switch
        {
            GeneratedMember.Derivative or GeneratedMember.SecondDerivative => variableCount == 1 && !isData,
            _ => true,
        };
    }
}
